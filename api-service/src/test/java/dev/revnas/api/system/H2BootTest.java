package dev.revnas.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** bin/revnas up's default: the embedded H2 file database in PostgreSQL mode, migrated by Flyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"revnas.api.bootstrap-key=h2-admin", "revnas.metrics.refresh-interval=1h"})
class H2BootTest {
    private static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("revnas-h2");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + HOME.resolve("db/revnas") + ";MODE=PostgreSQL;AUTO_SERVER=TRUE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("revnas.artifacts.dir", () -> HOME.resolve("artifacts").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registersADatasetAndQueuesAndCancelsASearch() throws Exception {
        Path sample = Path.of("..", "data", "samples", "en-de").toAbsolutePath().normalize();
        HttpResponse<String> dataset = post("/api/v1/datasets", "{\"name\": \"en-de\", \"path\": \"" + sample + "\"}", null);
        assertThat(dataset.statusCode()).as(dataset.body()).isEqualTo(201);
        String id = json(dataset).get("id").asString();

        String search = "{\"dataset\": \"" + id + "\", \"hidden\": 64, \"budget\": {\"steps\": 30}}";
        HttpResponse<String> job = post("/api/v1/search-jobs", search, "h2-once");
        assertThat(job.statusCode()).as(job.body()).isEqualTo(201);
        assertThat(post("/api/v1/search-jobs", search, "h2-once").headers().firstValue("Location"))
                .isEqualTo(job.headers().firstValue("Location"));
        String jobId = json(job).get("id").asString();
        jdbc.update("insert into metric_points (job_id, at, step, epoch, train_loss, alphas) values (?, now(), 5, 0, 4.0, '{\"a\": [1.0]}')",
                java.util.UUID.fromString(jobId));

        assertThat(json(get("/api/v1/search-jobs?status=QUEUED")).get("totalElements").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v1/search-jobs/" + jobId + "/alphas")).get("points").get(0).get("step").asLong()).isEqualTo(5);
        assertThat(json(post("/api/v1/search-jobs/" + jobId + "/cancel", "", null)).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(Files.exists(HOME.resolve("db/revnas.mv.db"))).isTrue();
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", "h2-admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", "h2-admin").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }
}
