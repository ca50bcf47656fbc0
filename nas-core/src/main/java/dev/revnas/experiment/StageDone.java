package dev.revnas.experiment;

import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Json;
import dev.revnas.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code done.json}, the mark of a finished stage: what it was made from ({@code inputs}), the
 * SHA-256 of every output file, and what the results need ({@code info}). A stage is finished
 * only when this file is there, its inputs are today's and every output still has its checksum.
 * {@code artifacts} are large by-products the results do not read (a trained model): each is
 * checked when it is there, and may be absent, so that a stage kept in a record (its done.json
 * and outputs, without the model) counts as finished on another machine.
 */
record StageDone(Map<String, String> inputs, Map<String, String> outputs, Map<String, String> artifacts,
        Map<String, Object> info) {
    static final String FILE = "done.json";
    private static final ObjectWriter WRITER = Json.PRETTY.with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** What {@link #check} found. */
    record Check(StageDone done, String problem) {
        boolean finished() {
            return done != null && problem == null;
        }
    }

    StageDone {
        artifacts = artifacts == null ? Map.of() : artifacts; // done.json written before artifacts existed
    }

    /**
     * Checksums {@code files} and {@code artifacts} (relative to {@code dir}, directories walked)
     * and marks the stage finished.
     */
    static StageDone write(Path dir, Map<String, String> inputs, List<String> files, List<String> artifacts,
            Map<String, Object> info) {
        try {
            StageDone done = new StageDone(new TreeMap<>(inputs), checksums(dir, files), checksums(dir, artifacts), info);
            AtomicFiles.write(dir.resolve(FILE), WRITER.writeValueAsString(done));
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + dir + " finished: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> checksums(Path dir, List<String> names) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        sums.put(dir.relativize(f).toString(), Sha256.hexOf(f));
                    }
                }
            } else {
                sums.put(name, Sha256.hexOf(p));
            }
        }
        return sums;
    }

    /** A stage's done.json as written, without checking its inputs or outputs; null when there is none. */
    static StageDone readIn(Path dir) {
        Path file = dir.resolve(FILE);
        return Files.isRegularFile(file) ? read(file) : null;
    }

    private static StageDone read(Path file) {
        return Json.MAPPER.readValue(file.toFile(), new TypeReference<StageDone>() {});
    }

    /** No done.json: (null, null); finished: (done, null); otherwise (done, what is wrong with it). */
    static Check check(Path dir, Map<String, String> inputs) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Check(null, null);
        }
        StageDone done;
        try {
            done = read(file);
        } catch (JacksonException e) { // unreadable, too
            return new Check(null, FILE + " is unreadable (" + e.getMessage() + ")");
        }
        if (!new TreeMap<>(inputs).equals(done.inputs())) {
            return new Check(done, "its inputs changed (" + done.inputs() + " → " + new TreeMap<>(inputs) + ")");
        }
        for (var e : done.outputs().entrySet()) {
            String problem = problem(dir, e.getKey(), e.getValue());
            if (problem != null) {
                return new Check(done, problem);
            }
        }
        for (var e : done.artifacts().entrySet()) {
            // An artifact (a directory) is checked whole when any of it is there: a half-deleted model is redone.
            Path top = dir.resolve(Path.of(e.getKey()).getName(0));
            String problem = Files.exists(top) ? problem(dir, e.getKey(), e.getValue()) : null;
            if (problem != null) {
                return new Check(done, problem);
            }
        }
        return new Check(done, null);
    }

    /** What is wrong with one checksummed file, or null. */
    private static String problem(Path dir, String name, String sha256) {
        Path f = dir.resolve(name);
        try {
            if (!Files.isRegularFile(f)) {
                return name + " is missing";
            }
            return Sha256.hexOf(f).equals(sha256) ? null : name + " fails its SHA-256 checksum";
        } catch (IOException ex) {
            return name + " is unreadable (" + ex.getMessage() + ")";
        }
    }
}
