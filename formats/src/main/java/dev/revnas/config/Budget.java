package dev.revnas.config;

import dev.revnas.InvalidInputException;

/**
 * How long a search or a training runs: exactly one of steps, epochs (of the weight half in a
 * search), wall-clock minutes, or target tokens read (the same work on machines of any speed).
 */
public record Budget(Integer steps, Integer epochs, Double minutes, Long targetTokens) {
    public Budget {
        int given = (steps != null ? 1 : 0) + (epochs != null ? 1 : 0) + (minutes != null ? 1 : 0) + (targetTokens != null ? 1 : 0);
        if (given != 1) {
            throw InvalidInputException.at("budget", "budget needs exactly one of steps, epochs, minutes, targetTokens; got " + given);
        }
        if (steps != null && steps <= 0) {
            throw InvalidInputException.at("budget.steps", "budget.steps is " + steps + "; it must be > 0");
        }
        if (epochs != null && epochs <= 0) {
            throw InvalidInputException.at("budget.epochs", "budget.epochs is " + epochs + "; it must be > 0");
        }
        if (minutes != null && !(minutes > 0)) {
            throw InvalidInputException.at("budget.minutes", "budget.minutes is " + minutes + "; it must be > 0");
        }
        if (targetTokens != null && targetTokens <= 0) {
            throw InvalidInputException.at("budget.targetTokens", "budget.targetTokens is " + targetTokens + "; it must be > 0");
        }
    }

    public static Budget ofSteps(int steps) {
        return new Budget(steps, null, null, null);
    }

    public static Budget ofTargetTokens(long tokens) {
        return new Budget(null, null, null, tokens);
    }

    /** Total steps, or −1 when the budget is in minutes or target tokens. */
    public long totalSteps(int stepsPerEpoch) {
        if (steps != null) {
            return steps;
        }
        return epochs != null ? (long) epochs * stepsPerEpoch : -1;
    }

    /**
     * The steps the default warm-up is a tenth of: {@link #totalSteps}, or for target tokens the
     * fewest steps that can read them (a batch holds at most {@code batchTokens} target tokens).
     */
    public long plannedSteps(int stepsPerEpoch, int batchTokens) {
        return targetTokens != null ? (targetTokens + batchTokens - 1) / batchTokens : totalSteps(stepsPerEpoch);
    }

    /** True once the budget is spent; {@code epochsDone} counts whole epochs, {@code tokens} target tokens read. */
    public boolean spent(long step, int epochsDone, double elapsedMillis, long tokens) {
        if (steps != null) {
            return step >= steps;
        }
        if (epochs != null) {
            return epochsDone >= epochs;
        }
        if (targetTokens != null) {
            return tokens >= targetTokens;
        }
        return elapsedMillis >= minutes * 60_000;
    }

    /** The share of the budget spent, 0..1 ({@code totalSteps} as {@link #totalSteps} gives it). */
    public double fraction(long step, long totalSteps, double elapsedMillis, long tokens) {
        if (targetTokens != null) {
            return Math.min(1, (double) tokens / targetTokens);
        }
        if (totalSteps > 0) {
            return Math.min(1, (double) step / totalSteps);
        }
        return Math.min(1, elapsedMillis / (minutes * 60_000));
    }

    /** Seconds left: per step for step and epoch budgets, by the clock for minutes, by the share read for target tokens. */
    public double etaSeconds(long step, long totalSteps, double elapsedMillis, long tokens) {
        if (targetTokens != null) {
            return tokens == 0 ? 0 : elapsedMillis / 1000.0 * Math.max(0, targetTokens - tokens) / tokens;
        }
        if (totalSteps > 0) {
            return elapsedMillis / 1000.0 / Math.max(1, step) * Math.max(0, totalSteps - step);
        }
        return Math.max(0, (minutes * 60_000 - elapsedMillis) / 1000.0);
    }

    /**
     * The warm-up of the inverse-square-root schedule when none is configured: a tenth of the
     * planned steps, at most fairseq's 4000 (4000 when the length is unknown).
     */
    public static int defaultWarmup(long plannedSteps) {
        return (int) Math.max(1, Math.min(4000, plannedSteps > 0 ? plannedSteps / 10 : 4000));
    }
}
