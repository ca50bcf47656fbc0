package dev.revnas.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchJobApiTest extends ApiTest {
    private String dataset;

    @BeforeEach
    void dataset() {
        dataset = registerSample();
    }

    @Test
    void queuesAValidatedSearchWithItsEvent() {
        Response r = post("/api/v1/search-jobs", submitKey, searchRequest(dataset));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode job = r.json();
        String id = job.get("id").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/search-jobs/" + id);
        assertThat(job.get("kind").asString()).isEqualTo("SEARCH");
        assertThat(job.get("status").asString()).isEqualTo("QUEUED");
        assertThat(job.get("progress").asDouble()).isZero();
        assertThat(job.get("genotype").isNull()).isTrue();
        assertThat(job.get("config").get("hidden").asInt()).isEqualTo(64);
        assertThat(job.get("config").get("searchSpace").get("ops").size()).isEqualTo(6);

        Map<String, Object> row = jdbc.queryForMap("select status, kind, seed, max_attempts, dataset_id, config from jobs where id = ?",
                UUID.fromString(id));
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("seed")).isEqualTo(1L);
        assertThat(row.get("max_attempts")).isEqualTo(3);
        assertThat(row.get("dataset_id")).isEqualTo(UUID.fromString(dataset));
        // What the worker will parse: the normalised config still parses strictly.
        dev.revnas.config.SearchConfig.parse((String) row.get("config"), "stored");
        assertThat(jdbc.queryForObject("select type from job_events where job_id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("QUEUED");
    }

    @Test
    void answersProgressEtaMetricsAndTheGenotypeAsTheWorkerWritesThem() {
        String id = submitSearch(dataset);
        UUID job = UUID.fromString(id);
        jdbc.update("update jobs set status = 'RUNNING', progress = 0.4, eta_seconds = 42, attempts = 1, started_at = now(), "
                + "latest_metrics = '{\"step\": 12, \"trainLoss\": 5.25}' where id = ?", job);

        JsonNode running = get("/api/v1/search-jobs/" + id, readKey).json();
        assertThat(running.get("status").asString()).isEqualTo("RUNNING");
        assertThat(running.get("progress").asDouble()).isEqualTo(40.0);
        assertThat(running.get("etaSeconds").asLong()).isEqualTo(42);
        assertThat(running.get("metrics").get("trainLoss").asDouble()).isEqualTo(5.25);
        assertThat(running.get("genotype").isNull()).isTrue();

        finishSearch(id);
        JsonNode done = get("/api/v1/search-jobs/" + id, readKey).json();
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("progress").asDouble()).isEqualTo(100.0);
        assertThat(done.get("genotype").get("kind").asString()).isEqualTo("revnas-genotype");
        assertThat(done.get("genotype").get("decoder").get("layers").asInt()).isEqualTo(2);
        assertThat(done.get("finishedAt").asString()).isNotBlank();
    }

    @Test
    void metricsAndAlphasAreTheWorkersTimeSeries() {
        String id = submitSearch(dataset);
        UUID job = UUID.fromString(id);
        for (int step = 1; step <= 3; step++) {
            jdbc.update("insert into metric_points (job_id, at, step, epoch, train_loss, valid_loss, tokens_per_second, peak_bytes, alphas) "
                    + "values (?, now(), ?, 0, ?, ?, 1000.5, 123456, ?)", job, step * 10, 6.0 - step, step == 3 ? 4.5 : null,
                    "{\"encoder.edge0\": [0.1, 0.2, 0.7], \"step\": " + step * 10 + "}");
        }

        JsonNode metrics = get("/api/v1/search-jobs/" + id + "/metrics", readKey).json();
        assertThat(metrics.get("points").size()).isEqualTo(3);
        JsonNode first = metrics.get("points").get(0);
        assertThat(first.get("step").asLong()).isEqualTo(10);
        assertThat(first.get("trainLoss").asDouble()).isEqualTo(5.0);
        assertThat(first.get("validLoss").isNull()).isTrue();
        assertThat(first.get("peakBytes").asLong()).isEqualTo(123456);
        assertThat(metrics.get("points").get(2).get("validLoss").asDouble()).isEqualTo(4.5);
        assertThat(get("/api/v1/search-jobs/" + id + "/metrics?after=10", readKey).json().get("points").size()).isEqualTo(2);

        JsonNode alphas = get("/api/v1/search-jobs/" + id + "/alphas", readKey).json();
        assertThat(alphas.get("points").size()).isEqualTo(3);
        assertThat(alphas.get("points").get(1).get("alphas").get("encoder.edge0").get(2).asDouble()).isEqualTo(0.7);
        assertThat(alphas.get("points").get(2).get("step").asLong()).isEqualTo(30);
        assertThat(alphas.get("candidates").get("encoder").toString()).doesNotContain("cross_attn_4").contains("self_attn_4");
        assertThat(alphas.get("candidates").get("decoder").toString()).contains("cross_attn_4");

        get("/api/v1/search-jobs/" + UUID.randomUUID() + "/metrics", readKey).problem(404);
    }

    @Test
    void eventsAreTheJobsHistoryWithEachAttemptAndItsWorkerOldestFirst() {
        String id = submitSearch(dataset);
        UUID job = UUID.fromString(id);
        jdbc.update("insert into job_events (job_id, at, type, attempt, worker, message) values "
                + "(?, now(), 'CLAIMED', 1, 'w1/0', 'attempt 1 of 3'), (?, now(), 'LEASE_EXPIRED', 1, 'w1/0', 'expired'), "
                + "(?, now(), 'CLAIMED', 2, 'w2/0', 'attempt 2 of 3')", job, job, job);

        JsonNode events = get("/api/v1/search-jobs/" + id + "/events", readKey).json().get("events");
        assertThat(events.size()).isEqualTo(4);
        assertThat(events.get(0).get("type").asString()).isEqualTo("QUEUED");
        assertThat(events.get(0).get("worker").isNull()).isTrue();
        assertThat(events.get(1).get("worker").asString()).isEqualTo("w1/0");
        assertThat(events.get(3).get("type").asString()).isEqualTo("CLAIMED");
        assertThat(events.get(3).get("attempt").asInt()).isEqualTo(2);
        assertThat(events.get(3).get("worker").asString()).isEqualTo("w2/0");
        assertThat(events.get(3).get("at").asString()).isNotBlank();
        long second = events.get(1).get("id").asLong();
        assertThat(get("/api/v1/search-jobs/" + id + "/events?after=" + second, readKey).json().get("events").size()).isEqualTo(2);

        get("/api/v1/training-jobs/" + id + "/events", readKey).problem(404);
        get("/api/v1/search-jobs/" + UUID.randomUUID() + "/events", readKey).problem(404);
    }

    @Test
    void listsPagesFilteredByStatus() {
        String a = submitSearch(dataset);
        submitSearch(dataset);
        submitSearch(dataset);
        finishSearch(a);

        JsonNode all = get("/api/v1/search-jobs?page=0&size=2", readKey).json();
        assertThat(all.get("content").size()).isEqualTo(2);
        assertThat(all.get("totalElements").asLong()).isEqualTo(3);
        assertThat(all.get("totalPages").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/search-jobs?page=1&size=2", readKey).json().get("content").size()).isEqualTo(1);

        JsonNode succeeded = get("/api/v1/search-jobs?status=SUCCEEDED", readKey).json();
        assertThat(succeeded.get("content").size()).isEqualTo(1);
        assertThat(succeeded.get("content").get(0).get("id").asString()).isEqualTo(a);
        assertThat(get("/api/v1/search-jobs?status=queued", readKey).json().get("totalElements").asLong()).isEqualTo(2);
        JsonNode bad = get("/api/v1/search-jobs?status=DONE", readKey).problem(422);
        assertThat(bad.get("field").asString()).isEqualTo("status");
        assertThat(get("/api/v1/training-jobs", readKey).json().get("totalElements").asLong()).isZero();
    }

    @Test
    void refusesBadConfigsNamingTheFieldAndQueuesNothing() {
        Map<String, Object> unknownField = searchRequest(dataset);
        unknownField.put("hiddden", 64);
        assertThat(detail(unknownField)).contains("unknown field 'hiddden'");
        assertThat(post("/api/v1/search-jobs", submitKey, unknownField).problem(422).get("field").asString()).isEqualTo("hiddden");

        Map<String, Object> unknownOp = searchRequest(dataset);
        unknownOp.put("searchSpace", Map.of("ops", List.of("zero", "ffn", "magic_op", "cross_attn_4"), "splits", 2, "nodes", 2));
        assertThat(detail(unknownOp)).contains("unknown op 'magic_op'").contains("known ops: zero, identity, ffn");

        Map<String, Object> outOfRange = searchRequest(dataset);
        outOfRange.put("budget", Map.of("steps", -5));
        assertThat(detail(outOfRange)).contains("budget.steps");
        assertThat(post("/api/v1/search-jobs", submitKey, outOfRange).problem(422).get("field").asString()).isEqualTo("budget.steps");
        assertThat(post("/api/v1/search-jobs", submitKey, unknownOp).problem(422).get("field").asString()).isEqualTo("searchSpace.ops");

        Map<String, Object> dropout = searchRequest(dataset);
        dropout.put("dropout", 1.5);
        assertThat(detail(dropout)).contains("dropout");
        assertThat(post("/api/v1/search-jobs", submitKey, dropout).problem(422).get("field").asString()).isEqualTo("dropout");

        Map<String, Object> wrongType = searchRequest(dataset);
        wrongType.put("hidden", "wide");
        assertThat(detail(wrongType)).contains("hidden");
        assertThat(post("/api/v1/search-jobs", submitKey, wrongType).problem(422).get("field").asString()).isEqualTo("hidden");

        Map<String, Object> noDataset = searchRequest(dataset);
        noDataset.remove("dataset");
        JsonNode missing = post("/api/v1/search-jobs", submitKey, noDataset).problem(422);
        assertThat(missing.get("field").asString()).isEqualTo("dataset");

        Map<String, Object> unknownDataset = searchRequest(UUID.randomUUID().toString());
        JsonNode unknown = post("/api/v1/search-jobs", submitKey, unknownDataset).problem(422);
        assertThat(unknown.get("field").asString()).isEqualTo("dataset");
        assertThat(unknown.get("detail").asString()).contains("does not exist");
        post("/api/v1/search-jobs", submitKey, searchRequest("en-de")).problem(422);

        assertThat(post("/api/v1/search-jobs", submitKey, "{\"dataset\": \"" + dataset + "\", ").problem(400)
                .get("detail").asString()).contains("not valid JSON");
        post("/api/v1/search-jobs", submitKey, "").problem(400);
        post("/api/v1/search-jobs", submitKey, "  ").problem(400);
        post("/api/v1/search-jobs", submitKey, "null").problem(400);
        // Parsed JSON that is not a search config is invalid content, not a malformed body.
        post("/api/v1/search-jobs", submitKey, "[1]").problem(422);
        assertThat(post("/api/v1/search-jobs", submitKey, "{\"hidden\": 1e12, \"budget\": {\"steps\": 1}}").problem(422)
                .get("field").asString()).isEqualTo("hidden");

        assertThat(count("jobs")).isZero();
        assertThat(count("job_events")).isZero();
    }

    @Test
    void refusesBadRelaxationSettingsWith422NamingTheFieldAndQueuesNothing() {
        // hidden 64 over 2 splits: the op width is 32.
        Map<String, Object> unknown = searchSpace(Map.of("relaxation", "annealed"));
        Map<String, Object> kNotDividing = searchSpace(Map.of("relaxation", "partial", "partialK", 3));
        Map<String, Object> tauMinAboveTauMax = searchSpace(Map.of("relaxation", "gumbel", "tauMax", 1.0, "tauMin", 2.0));
        Map<String, Object> negativeTemperature = searchSpace(Map.of("relaxation", "gumbel", "tauMax", -3.0));
        Map<String, Object> zeroTemperature = searchSpace(Map.of("relaxation", "gumbel", "tauMin", 0));

        assertRefused(unknown, "searchSpace.relaxation", "allowed: softmax, gumbel, partial");
        assertRefused(kNotDividing, "searchSpace.partialK", "does not divide the op width 32");
        assertRefused(tauMinAboveTauMax, "searchSpace.tauMin", "is above searchSpace.tauMax");
        assertRefused(negativeTemperature, "searchSpace.tauMax", "must be a positive number");
        assertRefused(zeroTemperature, "searchSpace.tauMin", "must be a positive number");
        assertThat(count("jobs")).isZero();
        assertThat(count("job_events")).isZero();

        // The same fields with allowed values are queued as given.
        Response gumbel = post("/api/v1/search-jobs", submitKey,
                searchSpace(Map.of("relaxation", "gumbel", "tauMax", 5.0, "tauMin", 0.5)));
        assertThat(gumbel.status()).as(gumbel.text()).isEqualTo(201);
        JsonNode space = gumbel.json().get("config").get("searchSpace");
        assertThat(space.get("relaxation").asString()).isEqualTo("gumbel");
        assertThat(space.get("tauMax").asDouble()).isEqualTo(5.0);
        assertThat(space.get("tauMin").asDouble()).isEqualTo(0.5);
        Response partial = post("/api/v1/search-jobs", submitKey, searchSpace(Map.of("relaxation", "partial")));
        assertThat(partial.status()).as(partial.text()).isEqualTo(201);
        assertThat(partial.json().get("config").get("searchSpace").get("partialK").asInt()).isEqualTo(4);
    }

    /** The standard search request with these searchSpace fields added. */
    private Map<String, Object> searchSpace(Map<String, Object> relaxation) {
        Map<String, Object> body = searchRequest(dataset);
        Map<String, Object> space = new java.util.LinkedHashMap<>(Map.of(
                "ops", List.of("zero", "identity", "ffn", "self_attn_4", "sep_conv_3", "cross_attn_4"), "splits", 2, "nodes", 2));
        space.putAll(relaxation);
        body.put("searchSpace", space);
        return body;
    }

    private void assertRefused(Map<String, Object> body, String field, String detail) {
        JsonNode p = post("/api/v1/search-jobs", submitKey, body).problem(422);
        assertThat(p.get("field").asString()).as(p.toString()).isEqualTo(field);
        assertThat(p.get("detail").asString()).contains(field).contains(detail);
        assertThat(p.get("title").asString()).isEqualTo("Invalid request");
    }

    @Test
    void cancelStopsAQueuedJobAtOnceAndAsksARunningOne() {
        String queued = submitSearch(dataset);
        JsonNode cancelled = post("/api/v1/search-jobs/" + queued + "/cancel", submitKey, "").json();
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("finishedAt").asString()).isNotBlank();

        String running = submitSearch(dataset);
        jdbc.update("update jobs set status = 'RUNNING', attempts = 1, started_at = now() where id = ?", UUID.fromString(running));
        JsonNode asked = post("/api/v1/search-jobs/" + running + "/cancel", submitKey, "").json();
        assertThat(asked.get("status").asString()).isEqualTo("RUNNING");
        assertThat(asked.get("cancelRequested").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select cancel_requested from jobs where id = ?", Boolean.class, UUID.fromString(running)))
                .isTrue();

        post("/api/v1/search-jobs/" + queued + "/cancel", submitKey, "").problem(409);
        post("/api/v1/search-jobs/" + UUID.randomUUID() + "/cancel", submitKey, "").problem(404);
        post("/api/v1/search-jobs/" + running + "/cancel", readKey, "").problem(403);
        assertThat(jdbc.queryForList("select type from job_events order by id", String.class))
                .containsExactly("QUEUED", "CANCELLED", "QUEUED", "CANCEL_REQUESTED");
    }

    private String detail(Map<String, Object> body) {
        return post("/api/v1/search-jobs", submitKey, body).problem(422).get("detail").asString();
    }
}
