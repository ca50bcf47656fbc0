package dev.revnas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/** Seeded random batches of fixed-length sentences, for benchmarks and gradient checks. */
public final class SyntheticBatches {
    private SyntheticBatches() {}

    /**
     * {@code sentences} pairs whose source and target have {@code length − 1} random tokens
     * (then EOS), so the batch holds sentences × length target tokens.
     */
    public static Batch uniform(int sentences, int length, int vocab, DataType type, long seed) {
        return build(sentences, i -> length - 1, vocab, type, seed);
    }

    /** Pairs of varying lengths 1..maxLength−1, so that the batch is padded. */
    public static Batch padded(int sentences, int maxLength, int vocab, DataType type, long seed) {
        SplittableRandom lengths = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] chosen = new int[2 * sentences];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = 1 + lengths.nextInt(maxLength - 1);
        }
        chosen[0] = maxLength - 1;
        return build(sentences, i -> chosen[i], vocab, type, seed);
    }

    private static Batch build(int sentences, java.util.function.IntUnaryOperator lengthOf, int vocab, DataType type, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = SpecialTokens.DEFAULT.unk() + 1;
        List<int[]> src = new ArrayList<>();
        List<int[]> tgt = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            src.add(random.ints(lengthOf.applyAsInt(2 * i), first, vocab).toArray());
            tgt.add(random.ints(lengthOf.applyAsInt(2 * i + 1), first, vocab).toArray());
        }
        return Batch.of(src, tgt, SpecialTokens.DEFAULT, type);
    }
}
