package dev.revnas.translate;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The running service (one context shared by every test class) on a temporary artifact store
 * where the tiny model is deployed as "tiny" before the service starts; tests talk HTTP to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "revnas.translate.poll-interval=100ms", "revnas.translate.max-wait=100ms", "revnas.translate.max-batch-sentences=4",
    "revnas.translate.max-text-chars=300", "revnas.translate.max-texts=8",
    // The tests send from one address faster than a client would; RateLimitTest turns the limits on.
    "revnas.translate.rate-limit.per-key=0", "revnas.translate.rate-limit.per-address=0"})
public abstract class ServiceTest {
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final Path ARTIFACTS;

    static {
        try {
            ARTIFACTS = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "artifacts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deploy("tiny", TinyModel.dir(), "tiny-1");
    }

    @DynamicPropertySource
    static void artifacts(DynamicPropertyRegistry registry) {
        registry.add("revnas.artifacts.dir", ARTIFACTS::toString);
    }

    @LocalServerPort
    protected int port;

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {}

    /** Writes deployed/&lt;name&gt;.json as api-service does: a temp file renamed into place. */
    protected static void deploy(String name, Path modelDir, String id) {
        try {
            Path deployed = Files.createDirectories(ARTIFACTS.resolve("deployed"));
            Path tmp = deployed.resolve("." + name + ".json.tmp");
            Files.writeString(tmp, JSON.writeValueAsString(Map.of("id", id, "name", name, "path", modelDir.toAbsolutePath().toString(),
                    "pair", "en-de", "deployedAt", Instant.now().toString())));
            Files.move(tmp, deployed.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void undeploy(String name) {
        try {
            Files.deleteIfExists(ARTIFACTS.resolve("deployed").resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))).build());
    }

    protected Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? null : parse(r.body());
            return new Response(r.statusCode(), body, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(text);
        }
    }

    /** The status GET /api/v1/models reports for a model, or null when it is not listed. */
    protected String status(String name) {
        for (JsonNode m : get("/api/v1/models").body().get("models")) {
            if (m.get("name").asString().equals(name)) {
                return m.get("status").asString();
            }
        }
        return null;
    }

    /** Waits until the model's status is the given one (null: gone). */
    protected void awaitStatus(String name, String status) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String now = status(name);
            if (status == null ? now == null : status.equals(now)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("model " + name + " did not become " + status + "; it is " + status(name));
    }

    protected Map<String, Object> translateBody(Object... keyValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }
}
