package dev.revnas.corpus;

import dev.revnas.InvalidInputException;
import dev.revnas.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small corpora drawn from a built one: in each split, the pairs with the smallest
 * sha256(source TAB target), kept in corpus order. A sample of a split is a subset of it, so samples
 * inherit the corpus's no-leakage guarantee; the same corpus always gives the same sample.
 */
public final class CorpusSampler {
    static final String METHOD = "in each split, the pairs with the smallest sha256(source TAB target), in corpus order";

    public record Sizes(int train, int valid, int test) {
        public Sizes {
            if (train < 1 || valid < 1 || test < 1) {
                throw new InvalidInputException("sample sizes must be positive: train " + train + ", valid " + valid + ", test " + test);
            }
        }

        int of(Split s) {
            return switch (s) {
                case TRAIN -> train;
                case VALID -> valid;
                case TEST -> test;
            };
        }
    }

    private CorpusSampler() {}

    public static CorpusManifest sample(Path from, Path out, Sizes sizes) throws IOException {
        CorpusFiles.requireAbsent(out);
        CorpusManifest full = CorpusFiles.verify(from);
        Map<Split, List<AlignedPair>> chosen = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            chosen.put(s, smallestHashes(CorpusFiles.readSplit(from, full, s), sizes.of(s)));
        }
        CorpusManifest draft = new CorpusManifest(full.format(), full.pair(), full.source(), full.target(), null, null, null,
                full.packages(), null, full.split(), full.filters(), full.counts(),
                new CorpusManifest.SampleOrigin(full.fingerprint(), full.splits(), METHOD));
        return CorpusFiles.write(out, draft, chosen);
    }

    private static List<AlignedPair> smallestHashes(List<AlignedPair> pairs, int n) {
        String[] hashes = pairs.stream()
                .map(p -> HexFormat.of().formatHex(Sha256.of((p.source() + "\t" + p.target()).getBytes(StandardCharsets.UTF_8))))
                .toArray(String[]::new);
        return IntStream.range(0, pairs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> hashes[i]))
                .limit(n).sorted().map(pairs::get).toList();
    }
}
