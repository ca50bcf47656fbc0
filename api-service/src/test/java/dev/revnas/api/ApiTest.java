package dev.revnas.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.db.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API through HTTP on a random port, against the PostgreSQL database revnas_api_test on the
 * {@link TestDatabase} server and a temporary artifact store. Every test starts from empty tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "revnas.api.bootstrap-key=" + ApiTest.ADMIN_KEY,
        "spring.servlet.multipart.max-file-size=256KB",
        "revnas.metrics.refresh-interval=1h"})
public abstract class ApiTest {
    public static final String ADMIN_KEY = "test-admin-key";
    protected static final Path ARTIFACTS;
    protected static final Path SAMPLE = Path.of("..", "data", "samples", "en-de").toAbsolutePath().normalize();
    protected static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        try {
            ARTIFACTS = Files.createTempDirectory("revnas-api-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void databaseAndArtifacts(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("revnas_api_test"));
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("revnas.artifacts.dir", ARTIFACTS::toString);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    protected String submitKey;
    protected String readKey;

    @BeforeEach
    void emptyTables() {
        jdbc.update("update jobs set source_job_id = null");
        for (String table : List.of("metric_points", "job_events", "idempotency_keys", "models", "jobs", "datasets")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from api_keys where name <> 'bootstrap'");
        submitKey = createKey("submitter", "submit");
        readKey = createKey("reader", "read");
    }

    protected String createKey(String name, String... scopes) {
        Response r = post("/api/v1/api-keys", ADMIN_KEY, Map.of("name", name, "scopes", List.of(scopes)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("key").asString();
    }

    /** An answer: status, headers and body. */
    public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** An RFC 9457 problem: its content type, status member and detail. */
        public JsonNode problem(int expected) {
            assertThat(status).as(text()).isEqualTo(expected);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode p = json();
            assertThat(p.get("status").asInt()).isEqualTo(expected);
            assertThat(p.get("detail").asString()).isNotBlank();
            return p;
        }
    }

    protected Response get(String path, String key) {
        return send(request(path, key).GET().build());
    }

    protected Response post(String path, String key, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return postRaw(path, key, "application/json", text.getBytes(StandardCharsets.UTF_8), headers);
    }

    protected Response postRaw(String path, String key, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = request(path, key).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /** multipart/form-data with text fields and files (part name → bytes). */
    protected Response postMultipart(String path, String key, Map<String, String> fields, Map<String, byte[]> files,
            String... headers) {
        String boundary = "revnas-" + UUID.randomUUID();
        return postRaw(path, key, "multipart/form-data; boundary=" + boundary, multipart(boundary, fields, files), headers);
    }

    /** The body of a multipart/form-data request; each file's name is its part name. */
    protected static byte[] multipart(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        List<byte[]> chunks = new ArrayList<>();
        fields.forEach((name, value) -> chunks.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, bytes) -> {
            chunks.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            chunks.add(bytes);
            chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return chunks.stream().reduce(new byte[0], ApiTest::concat);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Fixtures: what a client registers, and what search-worker writes.

    protected String registerSample() {
        Response r = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "en-de sample", "path", SAMPLE.toString()));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    protected Map<String, Object> searchRequest(String dataset) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", dataset);
        body.put("searchSpace", Map.of("ops", List.of("zero", "identity", "ffn", "self_attn_4", "sep_conv_3", "cross_attn_4"),
                "splits", 2, "nodes", 2));
        body.put("encoderLayers", 2);
        body.put("decoderLayers", 2);
        body.put("hidden", 64);
        body.put("budget", Map.of("steps", 30));
        body.put("mode", "reconstruct");
        body.put("seed", 1);
        return body;
    }

    protected String submitSearch(String dataset) {
        Response r = post("/api/v1/search-jobs", submitKey, searchRequest(dataset));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A genotype as a search at hidden 64, splits 2 derives it. */
    protected static String genotypeJson() {
        return """
                {"kind": "revnas-genotype", "version": 1, "hidden": 64, "splits": 2,
                 "encoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "self_attn_4"}],
                                                               [{"from": 0, "op": "ffn"}, {"from": 1, "op": "sep_conv_3"}]]}]},
                 "decoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "self_attn_4"}],
                                                               [{"from": 0, "op": "cross_attn_4"}, {"from": 1, "op": "ffn"}]]}]}}
                """;
    }

    /** What search-worker does when a search succeeds. */
    protected void finishSearch(String jobId) {
        jdbc.update("update jobs set status = 'SUCCEEDED', progress = 1, genotype = ?, attempts = 1, "
                + "started_at = now() - interval '90 seconds', finished_at = now(), updated_at = now() where id = ?",
                genotypeJson(), UUID.fromString(jobId));
    }

    protected long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The row count of every table a request can write: what a refused request must leave as it was. */
    protected Map<String, Long> rows() {
        List<String> tables = List.of("api_keys", "datasets", "jobs", "job_events", "metric_points", "models", "idempotency_keys");
        Map<String, Object> counts = jdbc.queryForMap(tables.stream().map(t -> "(select count(*) from " + t + ") as " + t)
                .collect(java.util.stream.Collectors.joining(", ", "select ", "")));
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t, ((Number) counts.get(t)).longValue()));
        return rows;
    }
}
