package dev.revnas.config;

import dev.revnas.InvalidInputException;

/**
 * Beam search's settings (design §8): {@code beam} hypotheses per sentence (1 is greedy), scores
 * divided by length^lengthPenalty, at most ⌊maxLengthRatio · source length⌋ + maxLengthOffset tokens.
 */
public record DecodingSettings(int beam, double lengthPenalty, double maxLengthRatio, int maxLengthOffset) {
    public DecodingSettings {
        if (beam < 1) {
            throw InvalidInputException.at("beam", "beam is " + beam + "; it must be at least 1");
        }
        if (!(maxLengthRatio > 0) || maxLengthOffset < 0) {
            throw new InvalidInputException("maximum length ratio must be > 0 and offset ≥ 0, got "
                    + maxLengthRatio + " and " + maxLengthOffset);
        }
    }

    /** The same settings with another beam. */
    public DecodingSettings withBeam(int beam) {
        return new DecodingSettings(beam, lengthPenalty, maxLengthRatio, maxLengthOffset);
    }

    /** The same settings with another length penalty. */
    public DecodingSettings withLengthPenalty(double lengthPenalty) {
        return new DecodingSettings(beam, lengthPenalty, maxLengthRatio, maxLengthOffset);
    }

    public static DecodingSettings beam(int beam) {
        return new DecodingSettings(beam, 1.0, 1.5, 10);
    }
}
