package dev.revnas.search;

import dev.revnas.model.Batch;
import dev.revnas.model.SpecialTokens;
import dev.revnas.data.ShuffledBatches;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A task only attention solves: the target is the source reversed, so output position t
 * must read source position T−1−t wherever the sentence ends.
 */
public final class ReversalTask {
    static final int VOCAB = 14;

    private ReversalTask() {}

    static List<Batch> batches(int count, int pairsPerBatch, long seed, DataType type) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = SpecialTokens.DEFAULT.unk() + 1;
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            List<int[]> src = new ArrayList<>();
            List<int[]> tgt = new ArrayList<>();
            for (int i = 0; i < pairsPerBatch; i++) {
                int[] s = random.ints(4 + random.nextInt(4), first, VOCAB).toArray();
                int[] t = new int[s.length];
                for (int k = 0; k < s.length; k++) {
                    t[k] = s[s.length - 1 - k];
                }
                src.add(s);
                tgt.add(t);
            }
            batches.add(Batch.of(src, tgt, SpecialTokens.DEFAULT, type));
        }
        return batches;
    }

    /** W and A halves drawn from different seeds (disjoint in practice), and validation batches. */
    public static SearchData data(long seed, DataType type) {
        return new SearchData(VOCAB, new ShuffledBatches(batches(12, 16, seed, type), seed),
                new ShuffledBatches(batches(12, 16, seed + 1, type), seed + 1), batches(2, 16, seed + 2, type), "reversal-" + seed);
    }
}
