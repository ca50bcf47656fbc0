package dev.revnas.train;

import dev.revnas.InvalidInputException;

/** How long a search runs: exactly one of steps, epochs (of the weight half) or wall-clock minutes. */
public record Budget(Integer steps, Integer epochs, Double minutes) {
    public Budget {
        int given = (steps != null ? 1 : 0) + (epochs != null ? 1 : 0) + (minutes != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("budget needs exactly one of steps, epochs, minutes; got " + given);
        }
        if (steps != null && steps <= 0) {
            throw new InvalidInputException("budget.steps is " + steps + "; it must be > 0");
        }
        if (epochs != null && epochs <= 0) {
            throw new InvalidInputException("budget.epochs is " + epochs + "; it must be > 0");
        }
        if (minutes != null && !(minutes > 0)) {
            throw new InvalidInputException("budget.minutes is " + minutes + "; it must be > 0");
        }
    }

    public static Budget ofSteps(int steps) {
        return new Budget(steps, null, null);
    }

    /** Total steps, or −1 when the budget is in minutes. */
    public long totalSteps(int stepsPerEpoch) {
        if (steps != null) {
            return steps;
        }
        return epochs != null ? (long) epochs * stepsPerEpoch : -1;
    }
}
