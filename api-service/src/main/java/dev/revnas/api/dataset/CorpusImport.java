package dev.revnas.api.dataset;

import dev.revnas.InvalidInputException;
import dev.revnas.api.system.ApiProblem;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.io.Sha256;
import dev.revnas.store.ArtifactStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Brings a corpus into the artifact store as datasets/&lt;id&gt;/: copied from a built corpus
 * directory or written from uploaded files, always under a temporary name, verified against its
 * manifest (sha256, lines, fingerprint) and only then renamed into place.
 */
@Component
class CorpusImport {
    static final List<String> SPLITS = List.of("train", "valid", "test");
    /** Up to 8 characters, as a BCP 47 subtag: a pair then fits the datasets table's 20. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]{1,8}");

    private final ArtifactStore store;

    CorpusImport(ArtifactStore store) {
        this.store = store;
    }

    /** Copies and verifies the corpus directory {@code source}. */
    Imported copy(UUID id, Path source) {
        if (!Files.isDirectory(source)) {
            throw ApiProblem.invalid("path", "path " + source + " is not a directory");
        }
        CorpusManifest manifest = readManifest(source);
        return write(id, List.of(), partial -> {
            for (String file : manifest.fileNames()) {
                Path from = source.resolve(file);
                if (!Files.isRegularFile(from)) {
                    throw ApiProblem.invalid("path", "corpus " + source + " has no " + file);
                }
                Files.copy(from, partial.resolve(file));
            }
            Files.copy(source.resolve(CorpusManifest.FILE_NAME), partial.resolve(CorpusManifest.FILE_NAME));
        });
    }

    /** Writes the six uploaded files ({split}.{language}) and a manifest describing them. */
    Imported upload(UUID id, String pair, Map<String, MultipartFile> files) {
        String[] languages = pair == null ? new String[0] : pair.split("-", -1);
        if (languages.length != 2 || !LANGUAGE.matcher(languages[0]).matches() || !LANGUAGE.matcher(languages[1]).matches()
                || languages[0].equals(languages[1])) {
            throw ApiProblem.invalid("pair", "pair '" + pair + "' must be <source>-<target>, two different codes of 1 to 8 letters, "
                    + "digits or '_', e.g. en-de");
        }
        List<String> expected = CorpusFiles.names(languages[0], languages[1]);
        for (String part : files.keySet()) {
            if (!expected.contains(part)) {
                throw ApiProblem.invalid(part, "unexpected file part '" + part + "'; expected " + expected);
            }
        }
        for (String part : expected) {
            if (!files.containsKey(part) || files.get(part).isEmpty()) {
                throw ApiProblem.invalid(part, "file part '" + part + "' is missing or empty; expected " + expected);
            }
        }
        return write(id, expected, partial -> {
            Map<String, CorpusManifest.FileEntry> entries = new LinkedHashMap<>();
            for (String part : expected) {
                entries.put(part, save(files.get(part), partial.resolve(part)));
            }
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (String split : SPLITS) {
                long source = entries.get(split + "." + languages[0]).lines();
                long target = entries.get(split + "." + languages[1]).lines();
                if (source != target) {
                    throw ApiProblem.invalid(split + "." + languages[1], split + " has " + source + " source and " + target
                            + " target lines; the files must be aligned line by line");
                }
                sizes.put(split, source);
            }
            CorpusManifest draft = new CorpusManifest(CorpusManifest.FORMAT, pair, languages[0], languages[1], null, null, null,
                    null, null, null, List.of("uploaded"), null, null);
            draft.completed(sizes, entries, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .write(partial.resolve(CorpusManifest.FILE_NAME));
        });
    }

    record Imported(Path dir, CorpusManifest manifest) {}

    @FunctionalInterface
    interface Filler {
        void fill(Path partial) throws IOException;
    }

    /** {@code parts}: the uploaded file names, each the field of a problem with its file (none for a registration). */
    private Imported write(UUID id, List<String> parts, Filler filler) {
        Path target = store.datasets().resolve(id.toString());
        Path partial = null;
        try {
            Files.createDirectories(store.datasets());
            partial = Files.createTempDirectory(store.datasets(), "." + id + ".partial-");
            filler.fill(partial);
            CorpusManifest manifest = verify(partial, parts);
            Files.move(partial, target);
            return new Imported(target, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset " + id, e);
        } finally {
            if (partial != null) {
                ArtifactStore.deleteTree(partial);
            }
        }
    }

    private static CorpusManifest readManifest(Path dir) {
        try {
            return CorpusManifest.read(dir);
        } catch (InvalidInputException e) {
            throw ApiProblem.invalid("path", e.getMessage());
        } catch (IOException e) {
            throw ApiProblem.invalid("path", "cannot read the manifest of " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The files against the manifest, then each split read as jobs read it (strict UTF-8, valid and test lines
     * within the length limit), so that a stored dataset can be trained on. The uploaded part at fault is the field.
     */
    private static CorpusManifest verify(Path dir, List<String> parts) throws IOException {
        try {
            CorpusManifest manifest = CorpusFiles.verify(dir);
            CorpusDirectory corpus = CorpusDirectory.open(dir);
            CorpusDirectory.SPLITS.forEach(corpus::split);
            return manifest;
        } catch (InvalidInputException e) {
            String field = parts.stream().filter(p -> e.getMessage().contains(dir.resolve(p) + " ")).findFirst().orElse("path");
            throw ApiProblem.invalid(field, e.getMessage().replace(dir.toString(), "corpus"));
        }
    }

    /** Streams one part to disk; a last line without its newline gets one, as the corpus format wants. */
    private static CorpusManifest.FileEntry save(MultipartFile part, Path file) throws IOException {
        var digest = Sha256.digest();
        long bytes = 0;
        long lines = 0;
        int last = '\n';
        try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                digest.update(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    lines += buf[i] == '\n' ? 1 : 0;
                }
                bytes += n;
                last = buf[n - 1];
            }
            if (last != '\n') {
                out.write('\n');
                digest.update((byte) '\n');
                bytes++;
                lines++;
            }
        }
        return new CorpusManifest.FileEntry(java.util.HexFormat.of().formatHex(digest.digest()), bytes, lines);
    }
}
