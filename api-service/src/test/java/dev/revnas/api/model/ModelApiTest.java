package dev.revnas.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModelApiTest extends ApiTest {
    private UUID model;
    private String name;
    private Path dir;

    /** What search-worker leaves when a training job succeeds: the artifact directory and the models row. */
    @BeforeEach
    void trainedModel() throws IOException {
        String dataset = registerSample();
        UUID job = UUID.randomUUID();
        jdbc.update("insert into jobs (id, kind, status, dataset_id, config, genotype, seed, progress, max_attempts, created_at, "
                + "updated_at, started_at, finished_at) values (?, 'TRAINING', 'SUCCEEDED', ?, '{\"budget\":{\"steps\":5}}', ?, 1, 1, 3, "
                + "now(), now(), now(), now())", job, UUID.fromString(dataset), genotypeJson());
        model = UUID.randomUUID();
        name = "en-de-" + job.toString().substring(0, 8);
        dir = ARTIFACTS.resolve("models").resolve(model.toString());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("model.json"), "{\"kind\": \"revnas-model\"}");
        Files.writeString(dir.resolve("metrics.json"), "{\"bleu\": 21.5}");
        jdbc.update("insert into models (id, name, training_job_id, dataset_id, pair, path, architecture, genotype, parameters, "
                + "bleu, chrf, metrics, provenance, created_at) values (?, ?, ?, ?, 'en-de', ?, 'SEARCHED', ?, 123456, 21.5, 48.25, "
                + "'{\"bleu\": 21.5}', '{\"seed\": 1, \"corpusFingerprint\": \"abc\"}', now())",
                model, name, job, UUID.fromString(dataset), "models/" + model, genotypeJson());
    }

    @Test
    void listsAndDescribesModels() {
        JsonNode m = get("/api/v1/models/" + model, readKey).json();
        assertThat(m.get("name").asString()).isEqualTo(name);
        assertThat(m.get("pair").asString()).isEqualTo("en-de");
        assertThat(m.get("bleu").asDouble()).isEqualTo(21.5);
        assertThat(m.get("chrf").asDouble()).isEqualTo(48.25);
        assertThat(m.get("parameters").asLong()).isEqualTo(123456);
        assertThat(m.get("genotype").get("kind").asString()).isEqualTo("revnas-genotype");
        assertThat(m.get("provenance").get("corpusFingerprint").asString()).isEqualTo("abc");
        assertThat(m.get("deployed").asBoolean()).isFalse();
        assertThat(m.get("trainingJob").asString()).isNotBlank();

        JsonNode page = get("/api/v1/models", readKey).json();
        assertThat(page.get("content").size()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(model.toString());
        get("/api/v1/models/" + UUID.randomUUID(), readKey).problem(404);
    }

    @Test
    void downloadsTheArtifactAsAZip() throws IOException {
        Response r = get("/api/v1/models/" + model + "/artifact", readKey);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/zip");
        assertThat(r.header("Content-Disposition")).contains(name + ".zip");
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys(name + "/model.json", name + "/metrics.json");
        assertThat(entries.get(name + "/metrics.json")).isEqualTo("{\"bleu\": 21.5}");
    }

    @Test
    void deployWritesTheServingFileAndUndeployRemovesIt() throws IOException {
        post("/api/v1/models/" + model + "/deploy", submitKey, "").problem(403);

        Response r = post("/api/v1/models/" + model + "/deploy", ADMIN_KEY, "");

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("deployed").asBoolean()).isTrue();
        Path file = ARTIFACTS.resolve("deployed").resolve(name + ".json");
        JsonNode served = JSON.readTree(Files.readString(file));
        assertThat(served.get("id").asString()).isEqualTo(model.toString());
        assertThat(served.get("name").asString()).isEqualTo(name);
        assertThat(served.get("pair").asString()).isEqualTo("en-de");
        assertThat(Path.of(served.get("path").asString())).isAbsolute().isEqualTo(dir.toAbsolutePath());
        assertThat(served.get("deployedAt").asString()).isNotBlank();
        try (var s = Files.list(file.getParent())) {
            assertThat(s.toList()).containsExactly(file); // no temporary file left beside it
        }
        assertThat(jdbc.queryForObject("select deployed from models where id = ?", Boolean.class, model)).isTrue();

        JsonNode undeployed = post("/api/v1/models/" + model + "/undeploy", ADMIN_KEY, "").json();
        assertThat(undeployed.get("deployed").asBoolean()).isFalse();
        assertThat(file).doesNotExist();
        assertThat(jdbc.queryForObject("select deployed from models where id = ?", Boolean.class, model)).isFalse();
    }

    @Test
    void aModelWithoutItsArtifactCannotBeDeployed() throws IOException {
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertThat(post("/api/v1/models/" + model + "/deploy", ADMIN_KEY, "").problem(409).get("detail").asString())
                .contains("missing");
        get("/api/v1/models/" + model + "/artifact", readKey).problem(409);
        assertThat(ARTIFACTS.resolve("deployed").resolve(name + ".json")).doesNotExist();
        assertThat(jdbc.queryForObject("select deployed from models where id = ?", Boolean.class, model)).isFalse();
    }
}
