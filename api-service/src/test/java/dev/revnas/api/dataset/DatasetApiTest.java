package dev.revnas.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DatasetApiTest extends ApiTest {

    @Test
    void registersABuiltCorpusWithItsCountsAndFingerprint() throws IOException {
        Response r = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "en-de sample", "path", SAMPLE.toString()));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode d = r.json();
        String id = d.get("id").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/datasets/" + id);
        assertThat(d.get("pair").asString()).isEqualTo("en-de");
        assertThat(d.get("counts").get("train").asInt()).isEqualTo(2000);
        assertThat(d.get("counts").get("valid").asInt()).isEqualTo(200);
        assertThat(d.get("counts").get("test").asInt()).isEqualTo(200);
        String fingerprint = JSON.readTree(Files.readString(SAMPLE.resolve("manifest.json"))).get("fingerprint").asString();
        assertThat(d.get("fingerprint").asString()).isEqualTo(fingerprint);
        Path copy = ARTIFACTS.resolve("datasets").resolve(id);
        assertThat(Path.of(d.get("path").asString())).isEqualTo(copy);
        assertThat(Files.mismatch(copy.resolve("train.de"), SAMPLE.resolve("train.de"))).isEqualTo(-1);

        JsonNode got = get("/api/v1/datasets/" + id, readKey).json();
        assertThat(got.get("fingerprint").asString()).isEqualTo(fingerprint);
        assertThat(got.get("createdAt").asString()).isNotBlank();
        JsonNode page = get("/api/v1/datasets?page=0&size=10", readKey).json();
        assertThat(page.get("content").size()).isEqualTo(1);
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.get("totalPages").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(10);
    }

    @Test
    void refusesADirectoryThatIsNotACorpusAndWritesNothing() throws IOException {
        Path empty = Files.createTempDirectory("not-a-corpus");
        JsonNode p = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "x", "path", empty.toString())).problem(422);
        assertThat(p.get("detail").asString()).contains("manifest.json");
        assertThat(p.get("field").asString()).isEqualTo("path");

        JsonNode missing = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "x", "path", "/no/such/dir")).problem(422);
        assertThat(missing.get("field").asString()).isEqualTo("path");
        assertThat(count("datasets")).isZero();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesACorpusWhoseFilesDoNotMatchItsManifest() throws IOException {
        Path tampered = Files.createTempDirectory("tampered");
        for (String f : List.of("manifest.json", "train.en", "train.de", "valid.en", "valid.de", "test.en", "test.de")) {
            Files.copy(SAMPLE.resolve(f), tampered.resolve(f));
        }
        Files.writeString(tampered.resolve("valid.de"), "ein anderer Satz\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        JsonNode p = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "x", "path", tampered.toString())).problem(422);
        assertThat(p.get("detail").asString()).contains("valid.de").contains("does not match the manifest");
        assertThat(count("datasets")).isZero();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void registrationNamesMissingAndUnknownFields() {
        JsonNode blank = post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "", "path", SAMPLE.toString())).problem(422);
        assertThat(blank.get("field").asString()).isEqualTo("name");
        JsonNode unknown = post("/api/v1/datasets", ADMIN_KEY,
                Map.of("name", "x", "path", SAMPLE.toString(), "colour", "red")).problem(422);
        assertThat(unknown.get("detail").asString()).contains("colour");
        assertThat(unknown.get("field").asString()).isEqualTo("colour");
        JsonNode malformed = post("/api/v1/datasets", ADMIN_KEY, "{\"name\": ").problem(400);
        assertThat(malformed.get("detail").asString()).contains("not valid JSON");
        post("/api/v1/datasets", ADMIN_KEY, "just text").problem(400);
        post("/api/v1/datasets", ADMIN_KEY, "   ").problem(400);
        // It parsed: a JSON value that is not the object asked for is invalid content.
        post("/api/v1/datasets", ADMIN_KEY, "[1]").problem(422);
        assertThat(count("datasets")).isZero();
    }

    @Test
    void aWrongContentTypeIs415() {
        postRaw("/api/v1/datasets", ADMIN_KEY, "text/plain", "name=x".getBytes(StandardCharsets.UTF_8)).problem(415);
        postRaw("/api/v1/search-jobs", submitKey, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)).problem(415);
    }

    @Test
    void registeringAServerPathNeedsAdmin() {
        post("/api/v1/datasets", submitKey, Map.of("name", "x", "path", SAMPLE.toString())).problem(403);
        assertThat(count("datasets")).isZero();
    }

    @Test
    void uploadsParallelFilesAndWritesTheirManifest() throws IOException {
        Response r = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "uploaded", "pair", "en-de"), sampleFiles());

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode d = r.json();
        assertThat(d.get("origin").asString()).isEqualTo("UPLOADED");
        assertThat(d.get("counts").get("train").asInt()).isEqualTo(2000);
        assertThat(d.get("counts").get("test").asInt()).isEqualTo(200);
        // Same six files as the sample: the same fingerprint, whatever else the manifests say.
        String fingerprint = JSON.readTree(Files.readString(SAMPLE.resolve("manifest.json"))).get("fingerprint").asString();
        assertThat(d.get("fingerprint").asString()).isEqualTo(fingerprint);
        Path dir = ARTIFACTS.resolve("datasets").resolve(d.get("id").asString());
        assertThat(dir.resolve("manifest.json")).exists();
        assertThat(dir.resolve("valid.en")).hasSameBinaryContentAs(SAMPLE.resolve("valid.en"));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void uploadsMustBeCompleteAndAligned() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        files.remove("test.de");
        JsonNode missing = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "u", "pair", "en-de"), files).problem(422);
        assertThat(missing.get("field").asString()).isEqualTo("test.de");

        files = sampleFiles();
        files.put("valid.de", "nur ein Satz\n".getBytes(StandardCharsets.UTF_8));
        JsonNode misaligned = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "u", "pair", "en-de"), files).problem(422);
        assertThat(misaligned.get("detail").asString()).contains("valid has 200 source and 1 target lines");

        JsonNode pair = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "u", "pair", "english"), sampleFiles())
                .problem(422);
        assertThat(pair.get("field").asString()).isEqualTo("pair");
        assertThat(count("datasets")).isZero();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anOversizedUploadIs413() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        files.put("train.en", new byte[300 * 1024]); // the tests' limit is 256KB a file
        postMultipart("/api/v1/datasets", submitKey, Map.of("name", "big", "pair", "en-de"), files).problem(413);
        assertThat(count("datasets")).isZero();
    }

    @Test
    void anUnknownDatasetIs404() {
        get("/api/v1/datasets/7d3c4e1a-0000-4000-8000-000000000000", readKey).problem(404);
        assertThat(get("/api/v1/datasets/not-a-uuid", readKey).problem(422).get("field").asString()).isEqualTo("id");
        assertThat(get("/api/v1/datasets?size=0", readKey).problem(422).get("field").asString()).isEqualTo("size");
        assertThat(get("/api/v1/datasets?size=ten", readKey).problem(422).get("field").asString()).isEqualTo("size");
    }

    private static Map<String, byte[]> sampleFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : List.of("train.en", "train.de", "valid.en", "valid.de", "test.en", "test.de")) {
            files.put(f, Files.readAllBytes(SAMPLE.resolve(f)));
        }
        return files;
    }

    /** Temporary directories a refused import would have left behind. */
    private static List<Path> leftovers() throws IOException {
        Path datasets = ARTIFACTS.resolve("datasets");
        if (!Files.exists(datasets)) {
            return List.of();
        }
        try (var s = Files.list(datasets)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
