package dev.revnas.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** n-gram counters as sacreBLEU's {@code helpers.py} builds them. */
final class NGramCounts {
    private NGramCounts() {}

    /**
     * Every word n-gram of orders 1..maxOrder in one map; tokens hold no whitespace, so
     * joining them with a space keeps n-grams of different orders and words apart.
     */
    static Map<String, Integer> words(List<String> tokens, int maxOrder) {
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 1; n <= maxOrder; n++) {
            words(tokens, n, counts);
        }
        return counts;
    }

    /** The word n-grams of one order. */
    static Map<String, Integer> wordsOfOrder(List<String> tokens, int n) {
        return words(tokens, n, new HashMap<>());
    }

    private static Map<String, Integer> words(List<String> tokens, int n, Map<String, Integer> into) {
        for (int i = 0; i + n <= tokens.size(); i++) {
            into.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return into;
    }

    /** Character n-grams of one order over code points (Python indexes strings by code point). */
    static Map<String, Integer> chars(int[] codePoints, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= codePoints.length; i++) {
            counts.merge(new String(codePoints, i, n), 1, Integer::sum);
        }
        return counts;
    }
}
