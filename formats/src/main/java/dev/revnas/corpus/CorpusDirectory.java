package dev.revnas.corpus;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus directory as {@code revnas corpus build} writes it: {@code {train,valid,test}.{SRC,TGT}}
 * and {@code manifest.json} naming the pair and its fingerprint.
 */
public record CorpusDirectory(Path dir, CorpusManifest manifest) {
    public static final List<String> SPLITS = List.of("train", "valid", "test");

    public static CorpusDirectory open(Path dir) {
        try {
            return new CorpusDirectory(dir, CorpusManifest.read(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A split with the default limits for it ({@link ReadOptions#forSplit}). */
    public ParallelCorpus split(String name) {
        return split(name, ReadOptions.forSplit(name));
    }

    public ParallelCorpus split(String name, ReadOptions options) {
        if (!SPLITS.contains(name)) {
            throw new InvalidInputException("split '" + name + "' is not one of " + String.join(", ", SPLITS));
        }
        return CorpusReader.readAligned(dir.resolve(name + "." + manifest.source()), dir.resolve(name + "." + manifest.target()),
                manifest.source(), manifest.target(), options, manifest.fingerprint());
    }
}
