package dev.revnas.optim;

import dev.revnas.config.Checks;

/**
 * fairseq's inverse_sqrt: linear warm-up from 0 to the peak rate over {@code warmup} steps,
 * then decay ∝ 1/√step. Without a configured warm-up it gets {@link dev.revnas.config.Budget#defaultWarmup}.
 */
public record InverseSqrtSchedule(double peak, int warmup) {
    public InverseSqrtSchedule {
        Checks.positive("lr", peak);
        Checks.atLeast("warmupSteps", warmup, 1);
    }


    /** The rate for 1-based update number {@code step}. */
    public double at(int step) {
        int s = Math.max(step, 1);
        return s < warmup ? peak * s / warmup : peak * Math.sqrt((double) warmup / s);
    }
}
