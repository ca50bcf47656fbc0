package dev.revnas.experiment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long a model's test translations are and how often they loop, beside its scores: two
 * models can differ in BLEU through length and repetition (a decoder stuck on a phrase until the
 * length limit) as much as through word choice, and the scores alone do not say which.
 * Words are whitespace-separated tokens of the detokenized lines, as {@code wc -w} counts them.
 *
 * @param words the words of all hypotheses
 * @param lengthRatio words over the references' words
 * @param repeatingLines hypotheses in which some three consecutive words occur {@value #REPEATS} times or more
 */
record OutputShape(long words, double lengthRatio, long repeatingLines) {
    static final int REPEATS = 3;

    static OutputShape of(List<String> hypotheses, List<String> references) {
        long words = 0;
        long repeating = 0;
        for (String h : hypotheses) {
            String[] w = split(h);
            words += w.length;
            if (repeats(w)) {
                repeating++;
            }
        }
        long refWords = references.stream().mapToLong(r -> split(r).length).sum();
        return new OutputShape(words, refWords == 0 ? Double.NaN : (double) words / refWords, repeating);
    }

    private static String[] split(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static boolean repeats(String[] w) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + 3 <= w.length; i++) {
            if (counts.merge(List.of(w[i], w[i + 1], w[i + 2]), 1, Integer::sum) >= REPEATS) {
                return true;
            }
        }
        return false;
    }

    /** The fields results.json gives each model. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outputWords", words);
        m.put("lengthRatio", Double.isNaN(lengthRatio) ? null : lengthRatio);
        m.put("repeatingLines", repeatingLines);
        return m;
    }
}
