package dev.revnas.bench;

import dev.revnas.model.EncoderDecoder;
import dev.revnas.ops.Param;

/** Parameter counts behind the benchmarks' GFLOP/s figures. */
final class Counting {
    private Counting() {}

    /**
     * Non-embedding parameters plus the output projection's: the parameters that cost a
     * multiply-add per token (6 FLOPs per parameter per token for forward and backward).
     * A tied table is the output projection, so it counts once.
     */
    static long flopParameters(EncoderDecoder model) {
        long total = 0;
        for (Param p : model.params()) {
            boolean embedding = p.name().endsWith("embed.table");
            if (!embedding || model.config().tiedEmbeddings()) {
                total += p.size();
            }
        }
        return total;
    }
}
