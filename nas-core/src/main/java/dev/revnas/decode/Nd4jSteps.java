package dev.revnas.decode;

import dev.revnas.model.Batch;
import dev.revnas.model.Encoded;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SpecialTokens;
import dev.revnas.ops.DecodeCache;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J engine's steps. Incremental, the decoder keeps cached keys, values and convolution
 * windows; otherwise it recomputes the whole prefix at every position (the reference the
 * cache must equal).
 */
public final class Nd4jSteps implements StepModel {
    private final EncoderDecoder model;
    private final SpecialTokens special;
    private final boolean incremental;

    public Nd4jSteps(EncoderDecoder model, SpecialTokens special, boolean incremental) {
        this.model = model;
        this.special = special;
        this.incremental = incremental;
    }

    @Override
    public int vocab() {
        return model.config().vocab();
    }

    @Override
    public Session start(List<int[]> sources, int beam) {
        Batch.Sources batch = Batch.Sources.of(sources, special, model.config().type());
        Encoded encoded = model.encode(batch.ids(), batch.mask()).repeat(beam);
        return incremental ? new Cached(encoded) : new Recomputing(encoded);
    }

    private final class Cached implements Session {
        private final Encoded encoded;
        private final DecodeCache cache = new DecodeCache();

        Cached(Encoded encoded) {
            this.encoded = encoded;
        }

        @Override
        public double[] next(long[] previous) {
            return model.nextLogProbs(encoded, Nd4j.createFromArray(previous), cache).data().asDouble();
        }

        @Override
        public void reorder(int[] parents) {
            cache.select(Nd4j.createFromArray(parents));
        }

        @Override
        public void close() {}
    }

    /** Keeps every row's prefix (BOS and the tokens so far) and decodes it whole each time. */
    private final class Recomputing implements Session {
        private final Encoded encoded;
        private long[][] prefixes;

        Recomputing(Encoded encoded) {
            this.encoded = encoded;
        }

        @Override
        public double[] next(long[] previous) {
            if (prefixes == null) {
                prefixes = new long[previous.length][0];
            }
            for (int r = 0; r < previous.length; r++) {
                prefixes[r] = Arrays.copyOf(prefixes[r], prefixes[r].length + 1);
                prefixes[r][prefixes[r].length - 1] = previous[r];
            }
            INDArray ids = Nd4j.createFromArray(prefixes);
            return model.nextLogProbsRecomputing(encoded, ids).data().asDouble();
        }

        @Override
        public void reorder(int[] parents) {
            long[][] moved = new long[parents.length][];
            for (int r = 0; r < parents.length; r++) {
                moved[r] = prefixes[parents[r]].clone();
            }
            prefixes = moved;
        }

        @Override
        public void close() {}
    }
}
