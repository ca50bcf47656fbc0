package dev.revnas.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.revnas.InvalidInputException;
import dev.revnas.io.Json;
import dev.revnas.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;

/**
 * {@code manifest.json} of a corpus directory: what the six files hold (sha256, bytes, lines), where the
 * text came from (pinned Debian packages and their licences), how it was filtered and split.
 * The fingerprint is the SHA-256 of the files' lower-case hex digests concatenated in file-name order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorpusManifest(
        int format,
        String pair,
        String source,
        String target,
        Map<String, Long> splits,
        Map<String, FileEntry> files,
        String fingerprint,
        List<PackageInfo> packages,
        String createdAt,
        SplitMethod split,
        List<String> filters,
        Map<String, Long> counts,
        SampleOrigin sampledFrom) {

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "manifest.json";

    public record FileEntry(String sha256, long bytes, long lines) {}

    /** A pinned source package; {@code sha256} is that of the .deb that was read. */
    public record PackageInfo(String name, String version, String license, String sha256) {}

    /** What decided the split: the hashed unit ("normalised source" or "chapter") and the held-out fractions. */
    public record SplitMethod(String unit, String hash, double validFraction, double testFraction) {}

    /** For a sample: the corpus it was drawn from and how. */
    public record SampleOrigin(String fingerprint, Map<String, Long> splits, String method) {}

    /** The manifest of written files; everything else comes from this draft. */
    public CorpusManifest completed(Map<String, Long> splitSizes, Map<String, FileEntry> fileEntries, String created) {
        return new CorpusManifest(FORMAT, pair, source, target, splitSizes, new TreeMap<>(fileEntries),
                fingerprintOf(fileEntries), packages, created, split, filters, counts, sampledFrom);
    }

    public static String fingerprintOf(Map<String, FileEntry> fileEntries) {
        StringBuilder digests = new StringBuilder();
        new TreeMap<>(fileEntries).values().forEach(f -> digests.append(f.sha256()));
        return Sha256.hex(digests.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** "en-de: train 36889, valid 1973, test 2109 pairs (fingerprint …)", as the corpus commands print it. */
    public String summary() {
        return String.format("%s: train %d, valid %d, test %d pairs (fingerprint %s)", pair,
                splits.get("train"), splits.get("valid"), splits.get("test"), fingerprint);
    }

    /** The six corpus file names: {train,valid,test}.{source,target}. */
    public List<String> fileNames() {
        return CorpusFiles.names(source, target);
    }

    /** Languages become file suffixes, so they must be plain names. */
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

    /** What readers rely on: a pair that matches its two plain language names, and a fingerprint. */
    private void check(Path file) {
        for (String[] field : new String[][] {{"pair", pair}, {"source", source}, {"target", target}, {"fingerprint", fingerprint}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new InvalidInputException(file + ": field '" + field[0] + "' must be a non-empty string");
            }
        }
        for (String language : new String[] {source, target}) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException(file + ": language '" + language + "' must be letters, digits, '_' or '-'");
            }
        }
        if (!pair.equals(source + "-" + target)) {
            throw new InvalidInputException(file + ": pair '" + pair + "' does not match source '" + source + "' and target '" + target + "'");
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, Json.PRETTY.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    }

    public static CorpusManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(dir + " is not a corpus directory: it has no " + FILE_NAME);
        }
        byte[] bytes = Files.readAllBytes(file); // an I/O error stays one; only the content is judged below
        try {
            CorpusManifest m = Json.lenient(CorpusManifest.class).readValue(bytes);
            if (m == null) {
                throw new InvalidInputException(file + ": not a corpus manifest: it holds null, not an object");
            }
            if (m.format() != FORMAT) {
                throw new InvalidInputException(file + ": format " + m.format() + " is not supported (supported: " + FORMAT + ")");
            }
            m.check(file);
            return m;
        } catch (JacksonException e) {
            // bytes that are not UTF-8 land here too ("Invalid UTF-8 start byte ...")
            throw new InvalidInputException(file + ": not a corpus manifest: " + e.getOriginalMessage());
        }
    }
}
