package dev.revnas.corpus;

import dev.revnas.InvalidInputException;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Sha256;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-disk layout other modules read: {@code DIR/{train,valid,test}.{src,tgt}} (UTF-8, one sentence a
 * line, LF, aligned by line number) and {@code DIR/manifest.json}. A directory is written under a
 * temporary name beside it and renamed when complete; an existing directory is never overwritten.
 */
public final class CorpusFiles {
    private CorpusFiles() {}

    public static List<String> names(String source, String target) {
        List<String> names = new ArrayList<>();
        for (Split s : Split.values()) {
            names.add(s.fileName() + "." + source);
            names.add(s.fileName() + "." + target);
        }
        return names;
    }

    /** Fails, naming {@code out}, when it exists; checked before any slow work starts. */
    public static void requireAbsent(Path out) {
        if (Files.exists(out)) {
            throw new InvalidInputException("output directory already exists: " + out
                    + " (a corpus is never overwritten; remove it or choose another --out)");
        }
    }

    /** Writes the splits and the completed manifest into {@code out}, atomically. */
    public static CorpusManifest write(Path out, CorpusManifest draft, Map<Split, List<AlignedPair>> splits) throws IOException {
        requireAbsent(out);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
        try {
            if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
                // A temporary directory is private (rwx------); a corpus is as readable as any data directory.
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Map<String, Long> sizes = new LinkedHashMap<>();
            Map<String, CorpusManifest.FileEntry> entries = new LinkedHashMap<>();
            for (Split s : Split.values()) {
                List<AlignedPair> pairs = splits.get(s);
                sizes.put(s.fileName(), (long) pairs.size());
                String prefix = s.fileName() + ".";
                entries.put(prefix + draft.source(), writeLines(partial.resolve(prefix + draft.source()), pairs, true));
                entries.put(prefix + draft.target(), writeLines(partial.resolve(prefix + draft.target()), pairs, false));
            }
            CorpusManifest manifest = draft.completed(sizes, entries, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            manifest.write(partial.resolve(CorpusManifest.FILE_NAME));
            requireAbsent(out);
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            AtomicFiles.deleteTree(partial);
        }
    }

    private static CorpusManifest.FileEntry writeLines(Path file, List<AlignedPair> pairs, boolean source) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (AlignedPair p : pairs) {
                String line = source ? p.source() : p.target();
                if (line.isEmpty() || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 || line.indexOf('\t') >= 0) {
                    throw new IllegalStateException("not a one-line sentence: '" + line + "'");
                }
                w.write(line);
                w.write('\n');
            }
        }
        return new CorpusManifest.FileEntry(Sha256.hexOf(file), Files.size(file), pairs.size());
    }

    /**
     * Checks that the files of {@code dir} are exactly those its manifest describes (names, sha256, bytes,
     * lines, split sizes, fingerprint); returns the manifest, or names the first mismatch.
     */
    public static CorpusManifest verify(Path dir) throws IOException {
        CorpusManifest m = CorpusManifest.read(dir);
        if (m.splits() == null) {
            throw new InvalidInputException(dir + ": manifest has no splits");
        }
        if (m.files() == null || !m.files().keySet().equals(new java.util.TreeSet<>(m.fileNames()))) {
            throw new InvalidInputException(dir + ": manifest lists files " + (m.files() == null ? "none" : m.files().keySet())
                    + ", expected " + m.fileNames());
        }
        for (Map.Entry<String, CorpusManifest.FileEntry> e : m.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file + " is missing");
            }
            byte[] bytes = Files.readAllBytes(file);
            long lines = 0;
            for (byte b : bytes) {
                lines += b == '\n' ? 1 : 0;
            }
            var actual = new CorpusManifest.FileEntry(Sha256.hex(bytes), bytes.length, lines);
            if (!actual.equals(e.getValue())) {
                throw new InvalidInputException(file + " does not match the manifest: has " + actual + ", manifest says " + e.getValue());
            }
        }
        for (Split s : Split.values()) {
            Long expected = m.splits().get(s.fileName());
            if (expected == null) {
                throw new InvalidInputException(dir + ": manifest has no size for split '" + s.fileName() + "' in splits " + m.splits());
            }
            for (String lang : List.of(m.source(), m.target())) {
                if (m.files().get(s.fileName() + "." + lang).lines() != expected) {
                    throw new InvalidInputException(dir.resolve(s.fileName() + "." + lang) + " has "
                            + m.files().get(s.fileName() + "." + lang).lines() + " lines, the manifest's split size is " + expected);
                }
            }
        }
        if (!CorpusManifest.fingerprintOf(m.files()).equals(m.fingerprint())) {
            throw new InvalidInputException(dir + ": fingerprint " + m.fingerprint() + " is not that of its files ("
                    + CorpusManifest.fingerprintOf(m.files()) + ")");
        }
        return m;
    }

    /** The pairs of one split of a verified corpus, in file order; their unit is the normalised source. */
    public static List<AlignedPair> readSplit(Path dir, CorpusManifest m, Split split) throws IOException {
        List<String> sources = Files.readAllLines(dir.resolve(split.fileName() + "." + m.source()), StandardCharsets.UTF_8);
        List<String> targets = Files.readAllLines(dir.resolve(split.fileName() + "." + m.target()), StandardCharsets.UTF_8);
        if (sources.size() != targets.size()) {
            throw new InvalidInputException(dir + ": " + split.fileName() + " has " + sources.size() + " source and "
                    + targets.size() + " target lines");
        }
        List<AlignedPair> pairs = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            pairs.add(new AlignedPair(sources.get(i), targets.get(i), Sentences.key(sources.get(i))));
        }
        return pairs;
    }
}
