package dev.revnas.metrics;

import dev.revnas.InvalidInputException;

/**
 * How chrF is computed; the defaults are sacreBLEU's chrF2 (character order 6, no word
 * n-grams, beta 2, whitespace removed, effective-order averaging rather than epsilon
 * smoothing). {@link #chrfPlusPlus()} adds word orders 1 and 2.
 */
public record ChrfConfig(int charOrder, int wordOrder, int beta, boolean lowercase, boolean whitespace,
                         boolean epsSmoothing) {

    public ChrfConfig {
        if (charOrder < 1) {
            throw new InvalidInputException("chrF character order " + charOrder + " must be >= 1");
        }
        if (wordOrder < 0) {
            throw new InvalidInputException("chrF word order " + wordOrder + " must be >= 0");
        }
        if (beta < 1) {
            throw new InvalidInputException("chrF beta " + beta + " must be >= 1");
        }
    }

    public static ChrfConfig chrf() {
        return new ChrfConfig(6, 0, 2, false, false, false);
    }

    public static ChrfConfig chrfPlusPlus() {
        return chrf().withWordOrder(2);
    }

    public ChrfConfig withWordOrder(int order) {
        return new ChrfConfig(charOrder, order, beta, lowercase, whitespace, epsSmoothing);
    }

    public ChrfConfig withBeta(int b) {
        return new ChrfConfig(charOrder, wordOrder, b, lowercase, whitespace, epsSmoothing);
    }

    public ChrfConfig withLowercase(boolean lower) {
        return new ChrfConfig(charOrder, wordOrder, beta, lower, whitespace, epsSmoothing);
    }

    /** Epsilon smoothing averages the F-scores of all orders, as chrF++.py, NLTK and Moses do. */
    public ChrfConfig withEpsSmoothing(boolean eps) {
        return new ChrfConfig(charOrder, wordOrder, beta, lowercase, whitespace, eps);
    }
}
