package dev.revnas.metrics;

import dev.revnas.InvalidInputException;

/**
 * How BLEU is computed; the defaults are sacreBLEU's. {@code smoothValue} is used by floor and
 * add-k only. {@code effectiveOrder} stops at the highest n-gram order the hypothesis has,
 * which sentence-level BLEU needs.
 */
public record BleuConfig(String tokenize, boolean lowercase, Smoothing smoothing, double smoothValue,
                         int maxNgramOrder, boolean effectiveOrder) {

    public BleuConfig {
        Tokenizer.named(tokenize);
        if (smoothing == null) {
            throw new InvalidInputException("smoothing must be one of none, floor, add-k, exp");
        }
        if (!(smoothValue >= 0) || Double.isInfinite(smoothValue)) {
            throw new InvalidInputException("smooth value " + smoothValue + " must be a finite number >= 0");
        }
        if (maxNgramOrder < 1) {
            throw new InvalidInputException("max n-gram order " + maxNgramOrder + " must be >= 1");
        }
    }

    /** sacreBLEU's {@code corpus_bleu} defaults: 13a, mixed case, exp smoothing, order 4, no effective order. */
    public static BleuConfig corpus() {
        return new BleuConfig("13a", false, Smoothing.EXP, 0.0, 4, false);
    }

    /** sacreBLEU's {@code sentence_bleu} defaults: as {@link #corpus()} but with effective order. */
    public static BleuConfig sentence() {
        return corpus().withEffectiveOrder(true);
    }

    /** sacreBLEU's {@code raw_corpus_bleu}: no tokenisation, floor smoothing, effective order. */
    public static BleuConfig raw(double floor) {
        return new BleuConfig("none", false, Smoothing.FLOOR, floor, 4, true);
    }

    public BleuConfig withTokenize(String name) {
        return new BleuConfig(name, lowercase, smoothing, smoothValue, maxNgramOrder, effectiveOrder);
    }

    public BleuConfig withLowercase(boolean lower) {
        return new BleuConfig(tokenize, lower, smoothing, smoothValue, maxNgramOrder, effectiveOrder);
    }

    /** A null value takes the method's default, as sacreBLEU does. */
    public BleuConfig withSmoothing(Smoothing method, Double value) {
        return new BleuConfig(tokenize, lowercase, method, value == null ? method.defaultValue() : value,
                maxNgramOrder, effectiveOrder);
    }

    public BleuConfig withMaxNgramOrder(int order) {
        return new BleuConfig(tokenize, lowercase, smoothing, smoothValue, order, effectiveOrder);
    }

    public BleuConfig withEffectiveOrder(boolean effective) {
        return new BleuConfig(tokenize, lowercase, smoothing, smoothValue, maxNgramOrder, effective);
    }
}
