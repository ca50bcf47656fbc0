package dev.revnas.data;

import dev.revnas.InvalidInputException;

/**
 * How a joint BPE vocabulary is trained: the target size (special, byte and word-start pieces
 * included), the fewest occurrences a pair needs to be merged, and the fewest a character
 * needs to get its own piece (rarer ones are spelled in UTF-8 byte pieces).
 */
public record BpeConfig(int vocabSize, int minPairCount, int minCharCount) {
    public BpeConfig {
        if (vocabSize <= Vocabulary.FIRST_LEARNED) {
            throw new InvalidInputException("vocabulary size " + vocabSize + " must be above " + Vocabulary.FIRST_LEARNED
                    + " (4 special, 256 byte and 1 word-start pieces are always there)");
        }
        if (minPairCount < 1) {
            throw new InvalidInputException("min pair count " + minPairCount + " must be >= 1");
        }
        if (minCharCount < 1) {
            throw new InvalidInputException("min character count " + minCharCount + " must be >= 1");
        }
    }

    /** A vocabulary of {@code vocabSize} pieces; pairs and characters need 2 occurrences. */
    public static BpeConfig of(int vocabSize) {
        return new BpeConfig(vocabSize, 2, 2);
    }
}
