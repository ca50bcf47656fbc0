package dev.revnas.metrics;

import java.util.Arrays;

/**
 * BLEU's sufficient statistics: hypothesis and (closest) reference lengths, and per n-gram
 * order the clipped matches and the hypothesis n-grams. Corpus BLEU sums them over sentences.
 */
public record BleuStatistics(long hypLength, long refLength, long[] correct, long[] total) {

    public static BleuStatistics zero(int maxOrder) {
        return new BleuStatistics(0, 0, new long[maxOrder], new long[maxOrder]);
    }

    public BleuStatistics plus(BleuStatistics other) {
        long[] c = correct.clone();
        long[] t = total.clone();
        for (int n = 0; n < c.length; n++) {
            c[n] += other.correct[n];
            t[n] += other.total[n];
        }
        return new BleuStatistics(hypLength + other.hypLength, refLength + other.refLength, c, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BleuStatistics s && hypLength == s.hypLength && refLength == s.refLength
                && Arrays.equals(correct, s.correct) && Arrays.equals(total, s.total);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(hypLength, refLength, Arrays.hashCode(correct), Arrays.hashCode(total));
    }

    @Override
    public String toString() {
        return "BleuStatistics[hyp=" + hypLength + ", ref=" + refLength + ", correct=" + Arrays.toString(correct)
                + ", total=" + Arrays.toString(total) + "]";
    }
}
