package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout whose mask is a function of {@link Env#seed()}: running the same forward
 * pass twice (as reconstruction does) draws the same mask.
 */
public final class Dropout implements Op {
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
        INDArray mask = Nd4j.createUninitialized(x.dataType(), x.shape());
        var random = Nd4j.getRandom();
        random.setSeed(env.seed());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - rate), random);
        mask.divi(1 - rate);
        return Pass.of(x.mul(mask), g -> g.mul(mask));
    }

    @Override
    public List<Param> params() {
        return List.of();
    }
}
