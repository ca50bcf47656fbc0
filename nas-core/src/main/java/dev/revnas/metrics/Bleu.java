package dev.revnas.metrics;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU as sacreBLEU 2.x computes it: lowercase (optional) and tokenize after stripping
 * trailing whitespace; clip n-gram matches by the most frequent occurrence in any reference;
 * take the reference length closest to the hypothesis (the shorter on ties); smooth; and
 * with effective order stop at the highest order the hypotheses have.
 */
public final class Bleu {
    /** sacreBLEU's {@code my_log(0)}: a floor that makes the score 0 instead of NaN. */
    private static final double LOG_OF_ZERO = -9999999999.0;

    private final BleuConfig config;
    private final Tokenizer tokenizer;

    public Bleu(BleuConfig config) {
        this.config = config;
        this.tokenizer = Tokenizer.named(config.tokenize());
    }

    public BleuConfig config() {
        return config;
    }

    /**
     * Corpus BLEU. {@code references} holds reference streams: stream k has the k-th
     * reference of every hypothesis, as in sacreBLEU's API and command line.
     */
    public BleuScore corpusScore(List<String> hypotheses, List<List<String>> references) {
        checkStreams(hypotheses.size(), references);
        BleuStatistics sum = BleuStatistics.zero(config.maxNgramOrder());
        for (int i = 0; i < hypotheses.size(); i++) {
            List<String> refs = new ArrayList<>(references.size());
            for (List<String> stream : references) {
                refs.add(stream.get(i));
            }
            sum = sum.plus(statistics(hypotheses.get(i), refs));
        }
        return score(sum, references.size());
    }

    /** Sentence BLEU against one or more references (use {@link BleuConfig#sentence()} for sacreBLEU's defaults). */
    public BleuScore sentenceScore(String hypothesis, List<String> references) {
        if (references.isEmpty()) {
            throw new InvalidInputException("sentence BLEU needs at least one reference");
        }
        return score(statistics(hypothesis, references), references.size());
    }

    /** The statistics of one hypothesis against its references. */
    public BleuStatistics statistics(String hypothesis, List<String> references) {
        int order = config.maxNgramOrder();
        Map<String, Integer> refNgrams = new HashMap<>();
        List<Integer> refLengths = new ArrayList<>();
        for (String ref : references) {
            List<String> tokens = Whitespace.split(preprocess(ref));
            refLengths.add(tokens.size());
            NGramCounts.words(tokens, order).forEach((ngram, count) -> refNgrams.merge(ngram, count, Math::max));
        }
        List<String> hyp = Whitespace.split(preprocess(hypothesis));
        long[] correct = new long[order];
        long[] total = new long[order];
        NGramCounts.words(hyp, order).forEach((ngram, count) -> {
            int n = spaces(ngram);
            total[n] += count;
            correct[n] += Math.min(count, refNgrams.getOrDefault(ngram, 0));
        });
        return new BleuStatistics(hyp.size(), closestLength(hyp.size(), refLengths), correct, total);
    }

    /** The score of summed statistics (sacreBLEU's {@code compute_bleu}). */
    public BleuScore score(BleuStatistics stats, int nrefs) {
        int order = config.maxNgramOrder();
        long sys = stats.hypLength();
        long ref = stats.refLength();
        double bp = sys < ref ? (sys > 0 ? Math.exp(1 - (double) ref / sys) : 0.0) : 1.0;
        double[] precisions = new double[order];
        String signature = signature(nrefs);
        boolean anyMatch = false;
        for (long c : stats.correct()) {
            anyMatch |= c != 0;
        }
        if (!anyMatch) {
            return new BleuScore(0.0, stats, precisions, bp, signature);
        }
        double smoothValue = config.smoothValue();
        double expFactor = 1.0;
        int effectiveOrder = order;
        for (int n = 1; n <= order; n++) {
            double correct = stats.correct()[n - 1];
            double total = stats.total()[n - 1];
            if (config.smoothing() == Smoothing.ADD_K && n > 1) {
                correct += smoothValue;
                total += smoothValue;
            }
            if (total == 0) {
                break;
            }
            if (config.effectiveOrder()) {
                effectiveOrder = n;
            }
            if (correct == 0) {
                if (config.smoothing() == Smoothing.EXP) {
                    expFactor *= 2;
                    precisions[n - 1] = 100.0 / (expFactor * total);
                } else if (config.smoothing() == Smoothing.FLOOR) {
                    precisions[n - 1] = 100.0 * smoothValue / total;
                }
            } else {
                precisions[n - 1] = 100.0 * correct / total;
            }
        }
        double logSum = 0;
        for (int n = 0; n < effectiveOrder; n++) {
            logSum += precisions[n] == 0.0 ? LOG_OF_ZERO : Math.log(precisions[n]);
        }
        return new BleuScore(bp * Math.exp(logSum / effectiveOrder), stats, precisions, bp, signature);
    }

    /** e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}. */
    public String signature(int nrefs) {
        String smooth = config.smoothing().label();
        if (config.smoothing().takesValue()) {
            smooth += "[" + PythonFormat.fixed(config.smoothValue(), 2) + "]";
        }
        return Signature.of(nrefs, "case", config.lowercase() ? "lc" : "mixed", "eff", config.effectiveOrder() ? "yes" : "no",
                "tok", tokenizer.signature(), "smooth", smooth);
    }

    private String preprocess(String line) {
        if (config.lowercase()) {
            line = line.toLowerCase(java.util.Locale.ROOT);
        }
        return tokenizer.tokenize(Whitespace.stripTrailing(line));
    }

    /** The reference length closest to the hypothesis length; the shorter one on a tie. */
    static int closestLength(int hypLength, List<Integer> refLengths) {
        int closest = -1;
        int closestDiff = -1;
        for (int len : refLengths) {
            int diff = Math.abs(hypLength - len);
            if (closestDiff == -1 || diff < closestDiff) {
                closestDiff = diff;
                closest = len;
            } else if (diff == closestDiff && len < closest) {
                closest = len;
            }
        }
        return closest;
    }

    static void checkStreams(int hypotheses, List<List<String>> references) {
        if (references.isEmpty()) {
            throw new InvalidInputException("at least one reference stream is needed");
        }
        for (int k = 0; k < references.size(); k++) {
            if (references.get(k).size() != hypotheses) {
                throw new InvalidInputException("reference stream " + (k + 1) + " has " + references.get(k).size()
                        + " lines but there are " + hypotheses + " hypotheses");
            }
        }
    }

    private static int spaces(String ngram) {
        int n = 0;
        for (int i = 0; i < ngram.length(); i++) {
            if (ngram.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
