package dev.revnas.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdempotencyApiTest extends ApiTest {

    @Test
    void theSameRequestWithTheSameKeyAnswersTheFirstResponse() {
        Map<String, Object> body = searchRequest(registerSample());

        Response first = post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "search-1");
        Response again = post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "search-1");

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("jobs")).isEqualTo(1);
        assertThat(count("job_events")).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesQueueOneJob() throws Exception {
        Map<String, Object> body = searchRequest(registerSample());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<Response> submit =
                    () -> post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "racing");
            var answers = pool.invokeAll(java.util.Collections.nCopies(4, submit));
            java.util.Set<String> locations = new java.util.HashSet<>();
            for (var a : answers) {
                Response r = a.get();
                assertThat(r.status()).as(r.text()).isIn(201, 409);
                if (r.status() == 201) {
                    locations.add(r.header("Location"));
                }
            }
            assertThat(locations).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("jobs")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIs422() {
        Map<String, Object> body = searchRequest(registerSample());
        post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "k");
        body.put("seed", 2);

        JsonNode p = post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "k").problem(422);

        assertThat(p.get("detail").asString()).contains("different request");
        assertThat(count("jobs")).isEqualTo(1);
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String dataset = registerSample();
        Map<String, Object> bad = searchRequest(dataset);
        bad.put("hidden", -1);
        post("/api/v1/search-jobs", submitKey, bad, "Idempotency-Key", "retry").problem(422);

        Response fixed = post("/api/v1/search-jobs", submitKey, searchRequest(dataset), "Idempotency-Key", "retry");

        assertThat(fixed.status()).as(fixed.text()).isEqualTo(201);
        assertThat(count("jobs")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirApiKey() {
        Map<String, Object> body = searchRequest(registerSample());
        String other = createKey("other", "submit");
        Response a = post("/api/v1/search-jobs", submitKey, body, "Idempotency-Key", "shared");
        Response b = post("/api/v1/search-jobs", other, body, "Idempotency-Key", "shared");
        assertThat(b.header("Location")).isNotEqualTo(a.header("Location"));
        assertThat(count("jobs")).isEqualTo(2);
    }

    @Test
    void uploadsAreIdempotentToo() throws java.io.IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (String f : java.util.List.of("train.en", "train.de", "valid.en", "valid.de", "test.en", "test.de")) {
            files.put(f, java.nio.file.Files.readAllBytes(SAMPLE.resolve(f)));
        }
        Map<String, String> fields = Map.of("name", "u", "pair", "en-de");
        Response first = postMultipart("/api/v1/datasets", submitKey, fields, files, "Idempotency-Key", "upload");
        Response again = postMultipart("/api/v1/datasets", submitKey, fields, files, "Idempotency-Key", "upload");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("datasets")).isEqualTo(1);
        postMultipart("/api/v1/datasets", submitKey, Map.of("name", "v", "pair", "en-de"), files, "Idempotency-Key", "upload")
                .problem(422);
    }
}
