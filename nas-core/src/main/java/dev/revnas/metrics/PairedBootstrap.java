package dev.revnas.metrics;

import dev.revnas.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Paired bootstrap resampling of two systems on the same test sentences (Koehn 2004; sacreBLEU's
 * {@code --paired-bs}): each resample draws sentence indices with replacement, and both systems'
 * corpus scores are computed from their summed sentence statistics on those same indices. The
 * draws follow from the seed alone, so a rerun gives the same numbers.
 */
public final class PairedBootstrap {
    private final int[][] draws;

    /**
     * One system against another on one metric; "difference" is system − other.
     *
     * @param low, high the 95% interval of the difference over the resamples (the 2.5th and 97.5th
     *     percentiles, at sacreBLEU's indices ⌊R/40⌋ and R − ⌊R/40⌋ − 1 of the sorted values)
     * @param pValue (1 + r) / (R + 1), r the resamples whose difference is ≤ 0 when the observed one is
     *     ≥ 0 (≥ 0 when it is negative): how often the resampled test sets do not confirm the observed
     *     sign. Identical systems give 1; a system better on every sentence gives 1 / (R + 1).
     */
    public record Comparison(double system, double other, double systemMean, double otherMean, double difference,
            double differenceMean, double low, double high, double pValue, int resamples) {}

    /** {@code resamples} draws of {@code sentences} indices each, from {@code seed}. */
    public PairedBootstrap(int sentences, int resamples, long seed) {
        if (sentences < 1) {
            throw new InvalidInputException("paired bootstrap needs at least one test sentence");
        }
        if (resamples < 1) {
            throw new InvalidInputException("paired bootstrap needs at least one resample; got " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        draws = new int[resamples][sentences];
        for (int[] draw : draws) {
            for (int i = 0; i < sentences; i++) {
                draw[i] = random.nextInt(sentences);
            }
        }
    }

    /** Corpus BLEU (sacreBLEU's defaults) of both systems against one reference stream. */
    public Comparison bleu(List<String> system, List<String> other, List<String> references) {
        Bleu bleu = new Bleu(BleuConfig.corpus());
        return compare(bleuStatistics(bleu, system, references), bleuStatistics(bleu, other, references),
                sum -> bleu.score(fromLongs(sum), 1).score());
    }

    /** Corpus chrF (sacreBLEU's defaults) of both systems against one reference stream. */
    public Comparison chrf(List<String> system, List<String> other, List<String> references) {
        Chrf chrf = new Chrf(ChrfConfig.chrf());
        return compare(chrfStatistics(chrf, system, references), chrfStatistics(chrf, other, references),
                sum -> chrf.score(sum, 1).score());
    }

    /** Compares per-sentence statistics that corpus scores sum ({@code score} maps a sum to a score). */
    Comparison compare(long[][] system, long[][] other, ToDoubleFunction<long[]> score) {
        if (system.length != draws[0].length || other.length != draws[0].length) {
            throw new InvalidInputException("paired bootstrap drew " + draws[0].length + " sentences, but the systems have "
                    + system.length + " and " + other.length);
        }
        double a = score.applyAsDouble(sum(system, null));
        double b = score.applyAsDouble(sum(other, null));
        double observed = a - b;
        double sign = observed >= 0 ? 1 : -1;
        double[] diffs = new double[draws.length];
        double sumA = 0;
        double sumB = 0;
        int against = 0;
        for (int r = 0; r < draws.length; r++) {
            double ra = score.applyAsDouble(sum(system, draws[r]));
            double rb = score.applyAsDouble(sum(other, draws[r]));
            sumA += ra;
            sumB += rb;
            diffs[r] = ra - rb;
            if (sign * diffs[r] <= 0) {
                against++;
            }
        }
        double meanDiff = Arrays.stream(diffs).sum() / draws.length;
        Arrays.sort(diffs);
        int tail = draws.length / 40;
        return new Comparison(a, b, sumA / draws.length, sumB / draws.length, observed, meanDiff, diffs[tail],
                diffs[draws.length - tail - 1], (against + 1.0) / (draws.length + 1.0), draws.length);
    }

    private static long[] sum(long[][] stats, int[] indices) {
        long[] total = new long[stats[0].length];
        int n = indices == null ? stats.length : indices.length;
        for (int i = 0; i < n; i++) {
            long[] s = stats[indices == null ? i : indices[i]];
            for (int k = 0; k < total.length; k++) {
                total[k] += s[k];
            }
        }
        return total;
    }

    private static long[][] bleuStatistics(Bleu bleu, List<String> hypotheses, List<String> references) {
        Bleu.checkStreams(hypotheses.size(), List.of(references));
        long[][] stats = new long[hypotheses.size()][];
        for (int i = 0; i < stats.length; i++) {
            BleuStatistics s = bleu.statistics(hypotheses.get(i), List.of(references.get(i)));
            int order = s.correct().length;
            long[] flat = new long[2 + 2 * order];
            flat[0] = s.hypLength();
            flat[1] = s.refLength();
            System.arraycopy(s.correct(), 0, flat, 2, order);
            System.arraycopy(s.total(), 0, flat, 2 + order, order);
            stats[i] = flat;
        }
        return stats;
    }

    private static BleuStatistics fromLongs(long[] flat) {
        int order = (flat.length - 2) / 2;
        return new BleuStatistics(flat[0], flat[1], Arrays.copyOfRange(flat, 2, 2 + order), Arrays.copyOfRange(flat, 2 + order, flat.length));
    }

    private static long[][] chrfStatistics(Chrf chrf, List<String> hypotheses, List<String> references) {
        Bleu.checkStreams(hypotheses.size(), List.of(references));
        long[][] stats = new long[hypotheses.size()][];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = chrf.statistics(hypotheses.get(i), List.of(references.get(i)));
        }
        return stats;
    }
}
