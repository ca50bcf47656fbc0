package dev.revnas.io;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;

/**
 * A directory of files written as a unit: filled under a temporary name, given a
 * {@code checksums.json} (SHA-256 of every file), then renamed into place. Readers verify
 * the checksums, so a torn or corrupted directory is rejected with the file it concerns.
 * Replacing an existing directory keeps the previous one as {@code NAME.old} until the new
 * one is in place; {@link #resolve} falls back to it after a crash between the two renames.
 */
public final class AtomicDirectory {
    public static final String CHECKSUMS = "checksums.json";
    /** Writes the files into a directory; called with the temporary directory. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path dir) throws IOException;
    }

    private AtomicDirectory() {}

    public static void write(Path target, boolean replace, Contents contents) {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = parent.resolve(target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Path old = parent.resolve(target.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            if (Files.exists(target) && !replace) {
                throw new InvalidInputException("output directory " + target + " already exists");
            }
            Files.createDirectories(tmp);
            contents.writeTo(tmp);
            Map<String, String> sums = new TreeMap<>();
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(f)) {
                        sums.put(f.getFileName().toString(), Sha256.hexOf(f));
                    }
                }
            }
            Json.PRETTY.writeValue(tmp.resolve(CHECKSUMS).toFile(), sums);
            if (Files.exists(target)) {
                AtomicFiles.deleteTree(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.deleteTree(old);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** The directory to read: {@code target}, or its {@code .old} copy if a replacement was interrupted. */
    public static Path resolve(Path target) {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        return !Files.exists(target) && Files.exists(old) ? old : target;
    }

    /**
     * Verifies every file listed in checksums.json, which must list each of {@code required}; throws naming
     * the first bad, missing or unlisted file.
     */
    public static void verify(Path dir, String... required) {
        Path sumsFile = dir.resolve(CHECKSUMS);
        if (!Files.isRegularFile(sumsFile)) {
            throw new InvalidInputException(dir + " has no " + CHECKSUMS + " (not a complete revnas directory)");
        }
        try {
            Map<?, ?> sums = Json.MAPPER.readValue(sumsFile.toFile(), Map.class);
            if (sums == null) {
                throw new InvalidInputException(sumsFile + " holds null, not a map from file name to SHA-256");
            }
            for (String name : required) {
                if (!sums.containsKey(name)) {
                    throw new InvalidInputException(sumsFile + " has no checksum for " + name);
                }
            }
            for (Map.Entry<?, ?> e : sums.entrySet()) {
                String name = String.valueOf(e.getKey());
                // A listed name is read from this directory and nowhere else.
                if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                        || name.indexOf('\0') >= 0) {
                    throw new InvalidInputException(sumsFile + " lists '" + name + "', which is not a file name in " + dir);
                }
                Path f = dir.resolve(name);
                if (!Files.isRegularFile(f)) {
                    throw new InvalidInputException(dir + " lacks " + e.getKey());
                }
                if (!Sha256.hexOf(f).equals(e.getValue())) {
                    throw new InvalidInputException(f + " is corrupted: its SHA-256 does not match " + CHECKSUMS);
                }
            }
        } catch (IOException | JacksonException e) {
            throw new InvalidInputException("cannot read " + sumsFile + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException ignored) {
            // best effort: a leftover .tmp directory is never read
        }
    }
}
