package dev.revnas.translate.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.RawHttp;
import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests (HostileRequests, from a fixed seed) against every route of both surfaces, with API
 * keys required on the LibreTranslate one: each answer is below 500; each 4xx of the revnas API an RFC
 * 9457 problem and each of the LibreTranslate surface its {"error": "..."}; no request changes what the
 * service serves; and it keeps translating. More or other requests: -Drevnas.hostile.requests=N
 * -Drevnas.hostile.seed=S.
 */
@TestPropertySource(properties = {"revnas.translate.api-keys=hostile-key-1,hostile-key-2", "revnas.translate.max-wait=1ms",
    "revnas.translate.rate-limit.per-key=1000000", "revnas.translate.rate-limit.per-address=1000000"})
class HostileRequestsTest extends ServiceTest {
    private static final long SEED = Long.getLong("revnas.hostile.seed", 13);
    private static final int REQUESTS = Integer.getInteger("revnas.hostile.requests", 2000);
    private static final List<String> KEYS = List.of("hostile-key-1", "hostile-key-2");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Test
    void everyAnswerIsBelow500InItsSurfacesErrorFormatAndChangesNothing() {
        awaitStatus("tiny", "READY");
        HostileRequests requests = new HostileRequests(SEED, mapping, KEYS, TinyModel.sentences(20));
        assertThat(requests.routes()).as("both surfaces are mapped").extracting(HostileRequests.Route::pattern)
                .contains("/api/v1/translate", "/api/v1/models", "/translate", "/languages");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        String before = state();
        long start = System.nanoTime();

        for (int i = 0; i < REQUESTS; i++) {
            RawHttp.Request request = requests.next();
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(port, request);
            } catch (RuntimeException e) {
                failures.add("#" + i + " " + request + " → no answer: " + e.getMessage());
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            List<String> wrong = judge(request, answer);
            String after = state();
            if (!after.equals(before)) {
                wrong.add("the served models changed from " + before + " to " + after);
            }
            if (!wrong.isEmpty()) {
                failures.add("#" + i + " " + request + " → " + answer.status() + " " + answer.contentType() + " "
                        + RawHttp.abbreviate(answer.text(), 300) + ": " + wrong);
            }
            before = after;
        }

        System.out.printf("hostile requests: %d sent (seed %d) in %.1f s; statuses %s; %d failures%n", REQUESTS, SEED,
                (System.nanoTime() - start) / 1e9, statuses, failures.size());
        assertThat(failures).as(failures.size() + " of " + REQUESTS + " answers were wrong; the first ones").hasSize(0);
        // The generator reaches past each kind of check: keys, routing, parsing, validation and translation.
        assertThat(statuses.keySet()).contains(200, 400, 403, 404, 405, 413, 415, 422);
        Response api = post("/api/v1/translate", translateBody("text", TinyModel.sentences(1).get(0), "model", "tiny"));
        assertThat(api.status()).as("the service still translates: " + api.raw().body()).isEqualTo(200);
        Response libre = post("/translate", translateBody("q", TinyModel.sentences(1).get(0), "source", "en", "target", "de",
                "api_key", KEYS.get(0)));
        assertThat(libre.status()).as("the LibreTranslate surface still translates: " + libre.raw().body()).isEqualTo(200);
    }

    /**
     * Below 500; a 4xx of the LibreTranslate surface (/translate, /languages) is {"error": "..."}, any other an RFC 9457
     * problem with its status and a detail (HEAD answers have no body).
     */
    static List<String> judge(RawHttp.Request request, RawHttp.Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() >= 500) {
            wrong.add("a server error");
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return wrong;
        }
        String path = request.target().split("\\?", 2)[0].replaceFirst(";.*", "");
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (JacksonException e) {
            body = null;
        }
        boolean libreError = answer.contentType().startsWith("application/json") && body != null && body.path("error").isString()
                && !body.path("error").asString().isBlank();
        boolean problem = answer.contentType().startsWith("application/problem+json") && body != null
                && body.path("status").asInt(-1) == answer.status() && !body.path("detail").asString("").isBlank();
        if (path.equals("/translate") || path.equals("/languages")) {
            if (!libreError) {
                wrong.add("a LibreTranslate error that is not {\"error\": \"...\"}");
            }
        } else if (path.matches("(?i).*/(\\.|%2e){1,2}(/.*)?")) {
            // Dot segments: Tomcat's normalization decides which surface the path lands on.
            if (!libreError && !problem) {
                wrong.add("an error that is neither a problem nor a LibreTranslate error");
            }
        } else if (!problem) {
            wrong.add("a 4xx that is not an application/problem+json problem with its status and a detail");
        }
        return wrong;
    }

    /** What the service serves (each model's name, version, status and serving version) and the deployments it reads. */
    private String state() {
        StringBuilder state = new StringBuilder();
        for (JsonNode m : get("/api/v1/models").body().get("models")) {
            state.append(m.path("name").asString()).append('/').append(m.path("id").asString()).append('/').append(m.path("status").asString())
                    .append('/').append(m.path("servingId").asString()).append(' ');
        }
        try (Stream<Path> deployed = Files.list(ARTIFACTS.resolve("deployed"))) {
            state.append(deployed.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state.toString();
    }
}
