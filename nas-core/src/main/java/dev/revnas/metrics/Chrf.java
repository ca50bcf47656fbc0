package dev.revnas.metrics;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * chrF and chrF++ as sacreBLEU 2.x computes them: character n-grams over the line with its
 * whitespace removed (and word n-grams after splitting punctuation off word ends for chrF++);
 * per sentence the reference with the best F-score; statistics summed over the corpus.
 */
public final class Chrf {
    private static final double EPS = 1e-16;
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final ChrfConfig config;

    public Chrf(ChrfConfig config) {
        this.config = config;
    }

    /** Corpus chrF; {@code references} holds reference streams as in {@link Bleu#corpusScore}. */
    public ChrfScore corpusScore(List<String> hypotheses, List<List<String>> references) {
        Bleu.checkStreams(hypotheses.size(), references);
        long[] sum = new long[3 * order()];
        for (int i = 0; i < hypotheses.size(); i++) {
            List<String> refs = new ArrayList<>(references.size());
            for (List<String> stream : references) {
                refs.add(stream.get(i));
            }
            long[] stats = statistics(hypotheses.get(i), refs);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += stats[k];
            }
        }
        return score(sum, references.size());
    }

    public ChrfScore sentenceScore(String hypothesis, List<String> references) {
        if (references.isEmpty()) {
            throw new InvalidInputException("sentence chrF needs at least one reference");
        }
        return score(statistics(hypothesis, references), references.size());
    }

    /** [hyp n-grams, ref n-grams, matches] per order (characters first, then words) against the best reference. */
    public long[] statistics(String hypothesis, List<String> references) {
        List<Map<String, Integer>> hyp = ngrams(preprocess(hypothesis));
        long[] best = null;
        double bestF = -1.0;
        for (String reference : references) {
            List<Map<String, Integer>> ref = ngrams(preprocess(reference));
            long[] stats = new long[3 * order()];
            for (int i = 0; i < order(); i++) {
                matchStatistics(hyp.get(i), ref.get(i), stats, 3 * i);
            }
            double f = fScore(stats);
            if (f > bestF) {
                bestF = f;
                best = stats;
            }
        }
        return best;
    }

    public ChrfScore score(long[] stats, int nrefs) {
        String name = "chrF" + config.beta() + "+".repeat(config.wordOrder());
        return new ChrfScore(name, fScore(stats), stats, signature(nrefs));
    }

    /** e.g. {@code nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0}. */
    public String signature(int nrefs) {
        return Signature.of(nrefs, "case", config.lowercase() ? "lc" : "mixed", "eff", config.epsSmoothing() ? "no" : "yes",
                "nc", Integer.toString(config.charOrder()), "nw", Integer.toString(config.wordOrder()),
                "space", config.whitespace() ? "yes" : "no");
    }

    private int order() {
        return config.charOrder() + config.wordOrder();
    }

    private String preprocess(String line) {
        return config.lowercase() ? line.toLowerCase(java.util.Locale.ROOT) : line;
    }

    private List<Map<String, Integer>> ngrams(String line) {
        int[] chars = (config.whitespace() ? line : Whitespace.remove(line)).codePoints().toArray();
        List<Map<String, Integer>> all = new ArrayList<>(order());
        for (int n = 1; n <= config.charOrder(); n++) {
            all.add(NGramCounts.chars(chars, n));
        }
        if (config.wordOrder() > 0) {
            List<String> words = splitPunctuation(line);
            for (int n = 1; n <= config.wordOrder(); n++) {
                all.add(NGramCounts.wordsOfOrder(words, n));
            }
        }
        return all;
    }

    /** One ASCII punctuation mark comes off the end of a word, or else off its start (chrF++'s rule). */
    static List<String> splitPunctuation(String line) {
        List<String> out = new ArrayList<>();
        for (String w : Whitespace.split(line)) {
            if (w.codePointCount(0, w.length()) == 1) {
                out.add(w);
            } else if (PUNCTUATION.indexOf(w.codePointBefore(w.length())) >= 0) {
                out.add(w.substring(0, w.length() - 1));
                out.add(w.substring(w.length() - 1));
            } else if (PUNCTUATION.indexOf(w.codePointAt(0)) >= 0) {
                out.add(w.substring(0, 1));
                out.add(w.substring(1));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Hypothesis n-grams count only where the reference has n-grams of that order. */
    private static void matchStatistics(Map<String, Integer> hyp, Map<String, Integer> ref, long[] into, int at) {
        long hypCount = 0;
        long matches = 0;
        for (Map.Entry<String, Integer> e : hyp.entrySet()) {
            hypCount += e.getValue();
            Integer r = ref.get(e.getKey());
            if (r != null) {
                matches += Math.min(e.getValue(), r);
            }
        }
        long refCount = 0;
        for (int c : ref.values()) {
            refCount += c;
        }
        into[at] = ref.isEmpty() ? 0 : hypCount;
        into[at + 1] = refCount;
        into[at + 2] = matches;
    }

    private double fScore(long[] stats) {
        double factor = (double) config.beta() * config.beta();
        double score = 0;
        double avgPrecision = 0;
        double avgRecall = 0;
        int effectiveOrder = 0;
        for (int i = 0; i < order(); i++) {
            long hyp = stats[3 * i];
            long ref = stats[3 * i + 1];
            long match = stats[3 * i + 2];
            double precision = hyp > 0 ? (double) match / hyp : EPS;
            double recall = ref > 0 ? (double) match / ref : EPS;
            double denominator = factor * precision + recall;
            score += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPS;
            if (hyp > 0 && ref > 0) {
                avgPrecision += precision;
                avgRecall += recall;
                effectiveOrder++;
            }
        }
        if (config.epsSmoothing()) {
            return 100 * score / order();
        }
        if (effectiveOrder == 0) {
            return 0.0;
        }
        avgPrecision /= effectiveOrder;
        avgRecall /= effectiveOrder;
        if (avgPrecision + avgRecall == 0) {
            return 0.0;
        }
        double f = (1 + factor) * avgPrecision * avgRecall;
        f /= factor * avgPrecision + avgRecall;
        return 100 * f;
    }
}
