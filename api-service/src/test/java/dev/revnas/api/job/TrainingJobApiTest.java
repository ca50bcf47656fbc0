package dev.revnas.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrainingJobApiTest extends ApiTest {
    private String dataset;

    @BeforeEach
    void dataset() {
        dataset = registerSample();
    }

    @Test
    void trainsTheGenotypeOfASucceededSearch() {
        String search = submitSearch(dataset);
        finishSearch(search);
        Map<String, Object> body = trainRequest();
        body.put("searchJob", search);
        body.remove("dataset"); // defaults to the search's dataset

        Response r = post("/api/v1/training-jobs", submitKey, body);

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode job = r.json();
        String id = job.get("id").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/training-jobs/" + id);
        assertThat(job.get("kind").asString()).isEqualTo("TRAINING");
        assertThat(job.get("searchJob").asString()).isEqualTo(search);
        assertThat(job.get("dataset").asString()).isEqualTo(dataset);
        assertThat(job.get("baseline").asBoolean()).isFalse();
        assertThat(job.get("genotype").get("encoder").get("layers").asInt()).isEqualTo(2);
        Map<String, Object> row = jdbc.queryForMap("select source_job_id, genotype, config from jobs where id = ?", UUID.fromString(id));
        assertThat(row.get("source_job_id")).isEqualTo(UUID.fromString(search));
        dev.revnas.genotype.GenotypeJson.parse((String) row.get("genotype"), "stored");
        assertThat(dev.revnas.config.TrainConfig.parse((String) row.get("config"), "stored").budget().steps()).isEqualTo(50);
        assertThat(get("/api/v1/training-jobs/" + id, readKey).json().get("status").asString()).isEqualTo("QUEUED");
    }

    @Test
    void aSearchThatHasNotSucceededCannotBeTrained() {
        String search = submitSearch(dataset);
        Map<String, Object> body = trainRequest();
        body.put("searchJob", search);
        JsonNode p = post("/api/v1/training-jobs", submitKey, body).problem(422);
        assertThat(p.get("field").asString()).isEqualTo("searchJob");
        assertThat(p.get("detail").asString()).contains("QUEUED");
        body.put("searchJob", UUID.randomUUID().toString());
        post("/api/v1/training-jobs", submitKey, body).problem(422);
        assertThat(count("jobs")).isEqualTo(1);
    }

    @Test
    void trainsAnUploadedGenotypeOrTheBaseline() {
        Map<String, Object> withGenotype = trainRequest();
        withGenotype.put("genotype", JSON.readTree(genotypeJson()));
        Response g = post("/api/v1/training-jobs", submitKey, withGenotype);
        assertThat(g.status()).as(g.text()).isEqualTo(201);
        assertThat(g.json().get("genotype").get("hidden").asInt()).isEqualTo(64);

        Map<String, Object> baseline = trainRequest();
        baseline.put("baseline", true);
        Response b = post("/api/v1/training-jobs", submitKey, baseline);
        assertThat(b.status()).as(b.text()).isEqualTo(201);
        assertThat(b.json().get("baseline").asBoolean()).isTrue();
        assertThat(b.json().get("genotype").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from jobs where kind = 'TRAINING' and genotype is null", Long.class))
                .isEqualTo(1);
    }

    @Test
    void sizesTheBaselineToASearchOrAGenotypeByMatchParams() {
        String search = submitSearch(dataset);
        finishSearch(search);
        Map<String, Object> bySearch = trainRequest();
        bySearch.put("baseline", true);
        bySearch.put("matchParams", search);
        bySearch.remove("dataset"); // defaults to the search's dataset, as for "searchJob"
        Response r = post("/api/v1/training-jobs", submitKey, bySearch);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("baseline").asBoolean()).isTrue();
        assertThat(r.json().get("dataset").asString()).isEqualTo(dataset);
        Map<String, Object> row = jdbc.queryForMap("select source_job_id, genotype, config from jobs where id = ?",
                UUID.fromString(r.json().get("id").asString()));
        assertThat(row.get("genotype")).as("still the baseline").isNull();
        dev.revnas.config.TrainConfig stored = dev.revnas.config.TrainConfig.parse((String) row.get("config"), "stored");
        assertThat(stored.matchParams()).as("the search's genotype, for the worker").isNotNull();
        assertThat(stored.ffn()).isNull();

        Map<String, Object> byGenotype = trainRequest();
        byGenotype.put("baseline", true);
        byGenotype.put("matchParams", JSON.readTree(genotypeJson()));
        Response g = post("/api/v1/training-jobs", submitKey, byGenotype);
        assertThat(g.status()).as(g.text()).isEqualTo(201);
        assertThat(g.json().get("config").get("matchParams").get("kind").asString()).isEqualTo("revnas-genotype");
    }

    @Test
    void refusesMatchParamsThatCannotSizeABaseline() {
        Map<String, Object> derived = trainRequest();
        derived.put("genotype", JSON.readTree(genotypeJson()));
        derived.put("matchParams", JSON.readTree(genotypeJson()));
        JsonNode p = post("/api/v1/training-jobs", submitKey, derived).problem(422);
        assertThat(p.get("field").asString()).isEqualTo("matchParams");
        assertThat(p.get("detail").asString()).contains("matchParams sizes the baseline Transformer");

        Map<String, Object> withFfn = trainRequest();
        withFfn.put("baseline", true);
        withFfn.put("ffn", 128);
        withFfn.put("matchParams", JSON.readTree(genotypeJson()));
        assertThat(post("/api/v1/training-jobs", submitKey, withFfn).problem(422).get("detail").asString())
                .contains("matchParams chooses the baseline's FFN width");

        Map<String, Object> notASearch = trainRequest();
        notASearch.put("baseline", true);
        notASearch.put("matchParams", submitSearch(dataset)); // QUEUED, no genotype yet
        assertThat(post("/api/v1/training-jobs", submitKey, notASearch).problem(422).get("field").asString()).isEqualTo("matchParams");

        Map<String, Object> wrongType = trainRequest();
        wrongType.put("baseline", true);
        wrongType.put("matchParams", 42);
        assertThat(post("/api/v1/training-jobs", submitKey, wrongType).problem(422).get("field").asString()).isEqualTo("matchParams");

        Map<String, Object> badGenotype = trainRequest();
        badGenotype.put("baseline", true);
        badGenotype.put("matchParams", JSON.readTree(genotypeJson().replace("\"op\": \"sep_conv_3\"", "\"op\": \"warp_drive\"")));
        p = post("/api/v1/training-jobs", submitKey, badGenotype).problem(422);
        assertThat(p.get("field").asString()).isEqualTo("matchParams");
        assertThat(p.get("detail").asString()).contains("unknown op 'warp_drive'");
        assertThat(count("jobs")).as("only the search").isEqualTo(1);
    }

    @Test
    void refusesBadTrainingRequestsAndQueuesNothing() {
        Map<String, Object> none = trainRequest();
        assertThat(post("/api/v1/training-jobs", submitKey, none).problem(422).get("detail").asString()).contains("exactly one");

        Map<String, Object> two = trainRequest();
        two.put("baseline", true);
        two.put("genotype", JSON.readTree(genotypeJson()));
        post("/api/v1/training-jobs", submitKey, two).problem(422);

        Map<String, Object> badGenotype = trainRequest();
        badGenotype.put("genotype", JSON.readTree(genotypeJson().replace("\"ffn\"}, {\"from\": 1, \"op\": \"sep_conv_3\"",
                "\"ffn\"}, {\"from\": 1, \"op\": \"warp_drive\"")));
        assertThat(post("/api/v1/training-jobs", submitKey, badGenotype).problem(422).get("detail").asString())
                .contains("unknown op 'warp_drive'");

        Map<String, Object> tooNarrow = trainRequest(); // self_attn_4 needs 4 heads to divide hidden/splits
        tooNarrow.put("genotype", JSON.readTree(genotypeJson()));
        tooNarrow.put("hidden", 6);
        assertThat(post("/api/v1/training-jobs", submitKey, tooNarrow).problem(422).get("detail").asString())
                .contains("heads do not divide");

        Map<String, Object> noBudget = trainRequest();
        noBudget.put("baseline", true);
        noBudget.remove("budget");
        assertThat(post("/api/v1/training-jobs", submitKey, noBudget).problem(422).get("detail").asString())
                .contains("budget is required");

        Map<String, Object> unknownField = trainRequest();
        unknownField.put("baseline", true);
        unknownField.put("epochz", 3);
        assertThat(post("/api/v1/training-jobs", submitKey, unknownField).problem(422).get("detail").asString())
                .contains("unknown field 'epochz'");

        Map<String, Object> reversibleBaseline = trainRequest();
        reversibleBaseline.put("baseline", true);
        reversibleBaseline.put("mode", "reconstruct");
        post("/api/v1/training-jobs", submitKey, reversibleBaseline).problem(422);

        Map<String, Object> unknownDataset = trainRequest();
        unknownDataset.put("baseline", true);
        unknownDataset.put("dataset", UUID.randomUUID().toString());
        assertThat(post("/api/v1/training-jobs", submitKey, unknownDataset).problem(422).get("field").asString())
                .isEqualTo("dataset");

        Map<String, Object> wrongTypes = trainRequest();
        wrongTypes.put("searchJob", Map.of("id", 1));
        assertThat(post("/api/v1/training-jobs", submitKey, wrongTypes).problem(422).get("field").asString()).isEqualTo("searchJob");
        wrongTypes = trainRequest();
        wrongTypes.put("genotype", "a string");
        assertThat(post("/api/v1/training-jobs", submitKey, wrongTypes).problem(422).get("field").asString()).isEqualTo("genotype");
        wrongTypes = trainRequest();
        wrongTypes.put("baseline", "yes");
        assertThat(post("/api/v1/training-jobs", submitKey, wrongTypes).problem(422).get("field").asString()).isEqualTo("baseline");
        wrongTypes = trainRequest();
        wrongTypes.put("searchJob", 42);
        post("/api/v1/training-jobs", submitKey, wrongTypes).problem(422);

        post("/api/v1/training-jobs", submitKey, "[1, 2]").problem(422);
        post("/api/v1/training-jobs", submitKey, "{oops").problem(400);
        post("/api/v1/training-jobs", submitKey, "null").problem(400);
        assertThat(count("jobs")).isZero();
    }

    @Test
    void answersItsModelOnceItSucceededAndCancels() {
        Map<String, Object> baseline = trainRequest();
        baseline.put("baseline", true);
        String id = post("/api/v1/training-jobs", submitKey, baseline).json().get("id").asString();
        UUID job = UUID.fromString(id);
        jdbc.update("insert into metric_points (job_id, at, step, epoch, train_loss, valid_bleu) values (?, now(), 100, 1, 3.5, 12.5)", job);
        assertThat(get("/api/v1/training-jobs/" + id + "/metrics", readKey).json().get("points").get(0).get("validBleu").asDouble())
                .isEqualTo(12.5);

        jdbc.update("update jobs set status = 'SUCCEEDED', progress = 1, started_at = now(), finished_at = now() where id = ?", job);
        UUID model = UUID.randomUUID();
        jdbc.update("insert into models (id, name, training_job_id, dataset_id, pair, path, architecture, parameters, metrics, "
                + "provenance, created_at) values (?, ?, ?, ?, 'en-de', ?, 'BASELINE', 1000, '{}', '{}', now())",
                model, "en-de-" + id.substring(0, 8), job, UUID.fromString(dataset), "models/" + model);
        assertThat(get("/api/v1/training-jobs/" + id, readKey).json().get("model").asString()).isEqualTo(model.toString());
        assertThat(get("/api/v1/training-jobs?status=SUCCEEDED", readKey).json().get("totalElements").asLong()).isEqualTo(1);
        post("/api/v1/training-jobs/" + id + "/cancel", submitKey, "").problem(409);

        String other = post("/api/v1/training-jobs", submitKey, baseline).json().get("id").asString();
        assertThat(post("/api/v1/training-jobs/" + other + "/cancel", submitKey, "").json().get("status").asString())
                .isEqualTo("CANCELLED");
        // A search job is not a training job.
        get("/api/v1/search-jobs/" + other, readKey).problem(404);
    }

    private Map<String, Object> trainRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", dataset);
        body.put("hidden", 64);
        body.put("encoderLayers", 2);
        body.put("decoderLayers", 2);
        body.put("budget", Map.of("steps", 50));
        return body;
    }
}
