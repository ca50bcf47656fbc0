package dev.revnas.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.Mutations;
import dev.revnas.api.ApiTest;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Uploads and registrations made from mutated input end in a 4xx problem that says what is wrong, or in a
 * dataset that the corpus readers (what jobs run) can read; never in a 5xx, a row without its files, files
 * without their row, or a file outside the dataset's folder.
 */
class DatasetUploadFuzzTest extends ApiTest {
    private static final String BOUNDARY = "revnas-fuzz-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** A small en-de corpus (12/3/3 pairs) as {@code corpus build} writes it. */
    private static Path corpus() throws IOException {
        Path dir = Files.createTempDirectory("fuzz-corpus").resolve("en-de");
        CorpusManifest draft = new CorpusManifest(CorpusManifest.FORMAT, "en-de", "en", "de", null, null, null, null, null,
                null, List.of("fuzz"), null, null);
        CorpusFiles.write(dir, draft, Map.of(Split.TRAIN, pairs("train", 12), Split.VALID, pairs("valid", 3),
                Split.TEST, pairs("test", 3)));
        return dir;
    }

    private static List<AlignedPair> pairs(String split, int n) {
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(new AlignedPair("Open the " + split + " file " + i, "Öffne die " + split + "-Datei " + i, split + i));
        }
        return pairs;
    }

    private static Map<String, byte[]> files(Path corpus) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : CorpusFiles.names("en", "de")) {
            files.put(f, Files.readAllBytes(corpus.resolve(f)));
        }
        return files;
    }

    @Test
    void mutatedUploadsAreStoredReadableOrRefusedWithAProblem() throws IOException {
        byte[] valid = multipart(BOUNDARY, Map.of("name", "fuzzed", "pair", "en-de"), files(corpus()));
        List<String> failures = new ArrayList<>();
        for (Mutations.Mutant m : Mutations.of(valid, 20, 100)) {
            Stored before = stored();
            check(m, postRaw("/api/v1/datasets", submitKey, MULTIPART, m.bytes()), before, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void registeringACorpusWithAMutatedManifestStoresItReadableOrRefusesIt() throws IOException {
        Path corpus = corpus();
        Path manifest = corpus.resolve(CorpusManifest.FILE_NAME);
        List<String> failures = new ArrayList<>();
        for (Mutations.Mutant m : Mutations.of(Files.readAllBytes(manifest), 21, 100)) {
            Files.write(manifest, m.bytes());
            Stored before = stored();
            check(m, post("/api/v1/datasets", ADMIN_KEY, Map.of("name", "fuzzed", "path", corpus.toString())), before, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anUploadThatIsNotUtf8OrIsCutShortIsRefusedNamingWhy() throws IOException {
        Map<String, byte[]> files = files(corpus());
        files.put("valid.de", new byte[] {'D', 'i', 'e', (byte) 0xFF, '\n', 'x', '\n', 'y', '\n'});
        var p = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "x", "pair", "en-de"), files).problem(422);
        assertThat(p.get("field").asString()).isEqualTo("valid.de");
        assertThat(p.get("detail").asString()).isEqualTo("corpus/valid.de line 1: invalid UTF-8 (byte 0xFF at byte 4 of the line)");

        byte[] body = multipart(BOUNDARY, Map.of("name", "x", "pair", "en-de"), files(corpus()));
        var cut = postRaw("/api/v1/datasets", submitKey, MULTIPART, Arrays.copyOf(body, body.length / 2)).problem(400);
        assertThat(cut.get("detail").asString()).startsWith("the multipart body cannot be read");
        assertThat(count("datasets")).isZero();
    }

    @Test
    void namesThatClimbOutOfTheDatasetFolderAreRefusedOrIgnoredAndWriteNothingOutsideIt() throws IOException {
        String marker = "escaped-" + UUID.randomUUID();
        Path corpus = corpus();
        Map<String, byte[]> valid = files(corpus);
        for (String name : List.of("../" + marker + ".en", "../../" + marker + ".de", "/tmp/" + marker, "train.en/../../" + marker,
                "..\\" + marker, "%2e%2e%2f" + marker, "train.en\u0000" + marker, marker + "/../../../train.en")) {
            Map<String, byte[]> files = new LinkedHashMap<>(valid);
            files.put(name, "Open the file\n".getBytes(StandardCharsets.UTF_8));
            Response part = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "x", "pair", "en-de"), files);
            // A NUL in a file name already stops Tomcat's multipart parser: a 400, the others a 422.
            assertThat(part.problem(name.contains("\u0000") ? 400 : 422).get("detail").asString()).as(name)
                    .containsAnyOf("unexpected file part", "Invalid file name");

            Response pair = postMultipart("/api/v1/datasets", submitKey, Map.of("name", "x", "pair", "en-" + name), valid);
            assertThat(pair.problem(422).get("field").asString()).as(name).isEqualTo("pair");

            // The file name a client sends is not used: the part's own name decides where it goes.
            String body = new String(multipart(BOUNDARY, Map.of("name", "x", "pair", "en-de"), valid), StandardCharsets.ISO_8859_1)
                    .replace("filename=\"train.en\"", "filename=\"" + name.replace("\"", "") + "\"");
            Response renamed = postRaw("/api/v1/datasets", submitKey, MULTIPART, body.getBytes(StandardCharsets.ISO_8859_1));
            if (name.contains("\u0000")) {
                renamed.problem(400);
                continue;
            }
            assertThat(renamed.status()).as(renamed.text()).isEqualTo(201);
            Path stored = Path.of(renamed.json().get("path").asString());
            assertThat(stored.getParent()).isEqualTo(ARTIFACTS.resolve("datasets"));
            assertThat(stored.resolve("train.en")).hasSameBinaryContentAs(corpus.resolve("train.en"));
        }
        for (Path dir : List.of(ARTIFACTS, ARTIFACTS.resolve("datasets"), ARTIFACTS.getParent(), ARTIFACTS.getParent().getParent())) {
            try (Stream<Path> entries = Files.list(dir)) {
                assertThat(entries.filter(p -> p.getFileName().toString().contains(marker))).as(dir.toString()).isEmpty();
            }
        }
        try (Stream<Path> all = Files.walk(ARTIFACTS)) {
            assertThat(all.filter(p -> p.toString().contains(marker))).isEmpty();
        }
    }

    /** The dataset rows and the entries of the artifact store's datasets folder. */
    private record Stored(long rows, List<String> entries) {}

    private Stored stored() throws IOException {
        Path datasets = ARTIFACTS.resolve("datasets");
        if (!Files.exists(datasets)) {
            return new Stored(count("datasets"), List.of());
        }
        try (Stream<Path> s = Files.list(datasets)) {
            return new Stored(count("datasets"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * A 201 must be one row and one directory that the corpus readers read; a refusal, a problem that says
     * what is wrong, with no row and no directory left behind.
     */
    private void check(Mutations.Mutant m, Response r, Stored before, List<String> failures) throws IOException {
        Stored after = stored();
        List<String> added = after.entries().stream().filter(e -> !before.entries().contains(e)).toList();
        if (r.status() == 201) {
            String id = r.json().get("id").asString();
            if (after.rows() != before.rows() + 1 || !added.equals(List.of(id))) {
                failures.add(m.what() + ": stored as " + id + " with " + (after.rows() - before.rows()) + " rows and entries " + added);
            }
            try {
                CorpusDirectory corpus = CorpusDirectory.open(Path.of(r.json().get("path").asString()));
                CorpusDirectory.SPLITS.forEach(corpus::split);
            } catch (RuntimeException e) {
                failures.add(m.what() + ": stored, but its corpus cannot be read: " + e.getMessage());
            }
            return;
        }
        String type = r.header("Content-Type");
        if (r.status() >= 500 || type == null || !type.startsWith("application/problem+json")) {
            failures.add(m.what() + ": " + r.status() + " " + type + " " + r.text());
        } else if (r.json().path("detail").asString("").isBlank()) {
            failures.add(m.what() + ": " + r.status() + " without a detail: " + r.text());
        }
        if (after.rows() != before.rows() || !added.isEmpty()) {
            failures.add(m.what() + ": refused with " + r.status() + " but left rows or files behind: " + added);
        }
    }
}
