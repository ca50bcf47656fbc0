package dev.revnas.optim;

import dev.revnas.config.Checks;

/**
 * fairseq's inverse_sqrt: linear warm-up from 0 to the peak rate over {@code warmup} steps,
 * then decay ∝ 1/√step.
 */
public record InverseSqrtSchedule(double peak, int warmup) {
    public InverseSqrtSchedule {
        Checks.positive("lr", peak);
        Checks.atLeast("warmupSteps", warmup, 1);
    }

    /** Without a configured warm-up: a tenth of the steps, at most fairseq's 4000 (4000 when the length is unknown). */
    public static int defaultWarmup(long totalSteps) {
        return (int) Math.max(1, Math.min(4000, totalSteps > 0 ? totalSteps / 10 : 4000));
    }

    /** The rate for 1-based update number {@code step}. */
    public double at(int step) {
        int s = Math.max(step, 1);
        return s < warmup ? peak * s / warmup : peak * Math.sqrt((double) warmup / s);
    }
}
