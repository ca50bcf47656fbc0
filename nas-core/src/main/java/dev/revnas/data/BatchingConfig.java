package dev.revnas.data;

import dev.revnas.InvalidInputException;

/**
 * Batches by token count: a batch's padded source (ids + EOS) and padded target (BOS/EOS + ids)
 * each hold at most {@code maxTokens} positions; {@code seed} fixes every epoch's order.
 */
public record BatchingConfig(int maxTokens, long seed) {
    public BatchingConfig {
        if (maxTokens < 2) {
            throw new InvalidInputException("max tokens " + maxTokens + " must be >= 2");
        }
    }
}
