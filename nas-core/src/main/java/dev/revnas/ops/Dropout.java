package dev.revnas.ops;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout whose mask is a function of {@link Env#seed()} alone: running the same
 * forward pass twice (as reconstruction does) draws the same mask.
 *
 * <p>The mask is drawn in Java from a SplittableRandom: ND4J's bernoulli op with more than one
 * OpenMP thread gave different masks for the same seed from run to run (seen here), and a
 * mask that cannot be redrawn breaks reconstruction and exact resume.
 */
public final class Dropout implements PositionWise {
    private final double rate;

    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        }
        this.rate = rate;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        if (!env.training() || rate == 0) {
            return Pass.of(x, g -> g);
        }
        INDArray mask = mask(x, env.seed());
        return Pass.of(x.mul(mask), g -> g.mul(mask));
    }

    /** Four 16-bit uniforms per random long: a keep/drop decision needs no more resolution than 1/65536. */
    private INDArray mask(INDArray like, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = Math.toIntExact(like.length());
        int threshold = (int) Math.round(rate * 65536);
        double keep = 1 / (1 - rate);
        double[] values = like.dataType() == DataType.FLOAT ? null : new double[n];
        float[] floats = values == null ? new float[n] : null;
        for (int i = 0; i < n; i += 4) {
            long bits = random.nextLong();
            for (int lane = 0; lane < 4 && i + lane < n; lane++) {
                boolean dropped = ((bits >>> (16 * lane)) & 0xFFFF) < threshold;
                if (floats != null) {
                    floats[i + lane] = dropped ? 0f : (float) keep;
                } else {
                    values[i + lane] = dropped ? 0 : keep;
                }
            }
        }
        return floats != null ? Rows.floats(floats, like.shape()) : Rows.write(values, like);
    }

    @Override
    public List<Param> params() {
        return List.of();
    }
}
