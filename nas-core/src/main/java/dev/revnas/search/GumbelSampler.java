package dev.revnas.search;

import dev.revnas.ops.Env;
import java.util.SplittableRandom;

/**
 * GDAS's draw (Dong and Yang, CVPR 2019), shared by every edge of a search: the
 * Gumbel-softmax temperature, which the search loop anneals linearly from tauMax to tauMin
 * over its budget, and one op per edge and call drawn by Gumbel-max.
 */
public final class GumbelSampler {
    private final double tauMax;
    private final double tauMin;
    private double tau;

    public GumbelSampler(double tauMax, double tauMin) {
        this.tauMax = tauMax;
        this.tauMin = tauMin;
        this.tau = tauMax;
    }

    /** Sets the temperature for a point of the budget, {@code progress} in [0, 1]. */
    public void anneal(double progress) {
        tau = tauMax - (tauMax - tauMin) * Math.min(1, Math.max(0, progress));
    }

    public double tau() {
        return tau;
    }

    /**
     * One draw for an edge: the relaxed weights softmax((α + G) / τ) and the op they pick.
     * The Gumbel noise G comes from the call's seed, so a forward pass recomputed under
     * reconstruction draws the same op.
     */
    Draw draw(double[] alpha, long seed) {
        SplittableRandom random = new SplittableRandom(Env.mix(seed, 0x6A7BL));
        double[] logits = new double[alpha.length];
        int chosen = 0;
        for (int o = 0; o < alpha.length; o++) {
            double u = random.nextDouble();
            double gumbel = -Math.log(-Math.log(u == 0 ? Double.MIN_VALUE : u));
            logits[o] = (alpha[o] + gumbel) / tau;
            if (logits[o] > logits[chosen]) {
                chosen = o;
            }
        }
        return new Draw(chosen, MixedOp.softmax(logits), tau);
    }

    /** @param relaxed softmax((α + G) / τ), whose Jacobian carries the straight-through gradient */
    record Draw(int chosen, double[] relaxed, double tau) {}
}
