package dev.revnas.corpus;

import dev.revnas.InvalidInputException;

/**
 * Limits applied while a corpus is read. Length is counted in characters (code points).
 * Training data skips over-long pairs and reports how many (web-crawled corpora carry a few
 * pasted paragraphs, and Moses cleaning drops them anyway); validation and test data fail on
 * them, because dropping a test line silently would change the test set.
 */
public record ReadOptions(int maxLineChars, LongLines longLines) {
    public static final int DEFAULT_MAX_LINE_CHARS = 1000;

    public ReadOptions {
        if (maxLineChars < 1) {
            throw new InvalidInputException("max line length " + maxLineChars + " must be >= 1 character");
        }
        if (longLines == null) {
            throw new InvalidInputException("long-line policy must be FAIL or SKIP");
        }
    }

    /** 1,000 characters, over-long pairs skipped and counted. */
    public static ReadOptions forTraining() {
        return new ReadOptions(DEFAULT_MAX_LINE_CHARS, LongLines.SKIP);
    }

    /** 1,000 characters, an over-long line is an error. */
    public static ReadOptions forEvaluation() {
        return new ReadOptions(DEFAULT_MAX_LINE_CHARS, LongLines.FAIL);
    }

    /** The default for a split: skipping for train, failing for valid and test. */
    public static ReadOptions forSplit(String split) {
        return split.equals("train") ? forTraining() : forEvaluation();
    }
}
