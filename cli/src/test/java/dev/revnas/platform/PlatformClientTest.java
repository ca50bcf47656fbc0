package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering the sample corpus is idempotent; API errors carry the problem detail. */
class PlatformClientTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String datasets = "{\"content\":[]}";
    private volatile String secondPage = "{\"content\":[]}";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/datasets", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-API-Key") + " " + body);
            if (exchange.getRequestMethod().equals("GET")) {
                boolean second = exchange.getRequestURI().getQuery().contains("page=1");
                reply(exchange, 200, second ? secondPage : datasets);
            } else if (body.contains("\"path\":\"/bad\"")) {
                reply(exchange, 422, "{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,"
                        + "\"detail\":\"path: /bad is not a corpus directory\"}");
            } else {
                reply(exchange, 201, "{\"id\":\"d-new\"}");
            }
        });
        server.createContext("/api/v1/models/m-1/artifact", exchange -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String name : List.of("en-de-1/model.json", "en-de-1/weights.tensors", "../escaped.txt")) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(name.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/zip");
            exchange.sendResponseHeaders(200, bytes.size());
            exchange.getResponseBody().write(bytes.toByteArray());
            exchange.close();
        });
        server.start();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PlatformClient client() {
        return new PlatformClient("http://localhost:" + server.getAddress().getPort(), "http://localhost:1", "rvn_k");
    }

    @Test
    void registersTheCorpusWhenNoDatasetHasItsPath() {
        datasets = "{\"content\":[{\"id\":\"d-other\",\"name\":\"x\",\"path\":\"/elsewhere\"}]}";
        assertEquals("d-new", client().registerDataset("sample-en-de", "/repo/data/samples/en-de"));
        assertEquals(2, requests.size());
        assertTrue(requests.get(1).startsWith("POST rvn_k {"), requests.get(1));
        assertTrue(requests.get(1).contains("\"path\":\"/repo/data/samples/en-de\""), requests.get(1));
    }

    @Test
    void skipsRegistrationWhenADatasetOfThatPathExists() {
        datasets = "{\"content\":[{\"id\":\"d-1\",\"name\":\"renamed\",\"path\":\"/repo/data/samples/en-de\"}]}";
        assertEquals("d-1", client().registerDataset("sample-en-de", "/repo/data/samples/en-de"));
        assertEquals(1, requests.size());
    }

    @Test
    void skipsRegistrationWhenADatasetOfThatNameExistsAsACopy() {
        datasets = "{\"content\":[{\"id\":\"d-2\",\"name\":\"sample-en-de\",\"path\":\"/artifacts/datasets/d-2\"}],"
                + "\"page\":0,\"size\":100,\"totalElements\":1,\"totalPages\":1}";
        assertEquals("d-2", client().registerDataset("sample-en-de", "/repo/data/samples/en-de"));
        assertEquals(1, requests.size());
    }

    @Test
    void looksThroughEveryPage() {
        datasets = "{\"content\":[{\"id\":\"d-a\",\"name\":\"a\"}],\"totalPages\":2}";
        secondPage = "{\"content\":[{\"id\":\"d-b\",\"name\":\"sample-en-de\"}],\"totalPages\":2}";
        assertEquals("d-b", client().registerDataset("sample-en-de", "/repo/data/samples/en-de"));
        assertEquals(2, requests.size());
    }

    @Test
    void anErrorCarriesTheProblemDetail() {
        var e = assertThrows(PlatformClient.ApiException.class, () -> client().registerDataset("bad", "/bad"));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().endsWith("-> 422: path: /bad is not a corpus directory"), e.getMessage());
    }

    @Test
    void aModelArtifactIsUnpackedIntoTheFolderAndNothingOutsideIt(@TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("models");
        Path model = client().downloadModel("m-1", dir);
        assertEquals(dir.resolve("en-de-1"), model);
        assertEquals("en-de-1/model.json", Files.readString(model.resolve("model.json")));
        assertTrue(Files.exists(model.resolve("weights.tensors")));
        assertTrue(Files.notExists(tmp.resolve("escaped.txt")), "an entry climbing out of the folder is skipped");
        assertEquals(model, client().downloadModel("m-1", dir), "a second download replaces the first");
    }
}
