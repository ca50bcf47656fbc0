package dev.revnas.data;

import dev.revnas.InvalidInputException;

/**
 * Filters as Moses' clean-corpus-n applies them, on whitespace-separated tokens of the
 * normalised text: each side within [minTokens, maxTokens], neither side more than maxRatio
 * times as long as the other; and optionally one copy of each identical pair.
 */
public record CleaningConfig(int minTokens, int maxTokens, double maxRatio, boolean deduplicate) {
    public CleaningConfig {
        if (minTokens < 1) {
            throw new InvalidInputException("min tokens " + minTokens + " must be >= 1 (empty sides are always dropped)");
        }
        if (maxTokens < minTokens) {
            throw new InvalidInputException("max tokens " + maxTokens + " must be >= min tokens " + minTokens);
        }
        if (!(maxRatio >= 1)) {
            throw new InvalidInputException("max length ratio " + maxRatio + " must be >= 1");
        }
    }

    /** 1 to 250 tokens a side, ratio at most 9 (clean-corpus-n's default), duplicates removed. */
    public static CleaningConfig defaults() {
        return new CleaningConfig(1, 250, 9.0, true);
    }
}
