package dev.revnas.metrics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A BLEU score (0–100) with what it was computed from and the signature that reproduces it. */
public record BleuScore(double score, BleuStatistics statistics, double[] precisions, double brevityPenalty,
                        String signature) {

    /** Hypothesis length over reference length, 0 without reference tokens. */
    public double ratio() {
        return statistics.refLength() == 0 ? 0 : (double) statistics.hypLength() / statistics.refLength();
    }

    /**
     * The line sacreBLEU prints, e.g. {@code BLEU|nrefs:1|…|version:2.6.0 = 48.5 82.4/50.0/45.5/37.5
     * (BP = 0.966 ratio = 0.967 hyp_len = 29 ref_len = 30)}.
     */
    public String format(int width) {
        return "BLEU|" + signature + " = " + PythonFormat.fixed(score, width) + " " + verbose();
    }

    /** sacreBLEU's {@code verbose_score}: precisions, brevity penalty, length ratio and lengths. */
    public String verbose() {
        String precisionText = Arrays.stream(precisions).mapToObj(p -> PythonFormat.fixed(p, 1)).collect(Collectors.joining("/"));
        return precisionText + " (BP = " + PythonFormat.fixed(brevityPenalty, 3) + " ratio = " + PythonFormat.fixed(ratio(), 3)
                + " hyp_len = " + statistics.hypLength() + " ref_len = " + statistics.refLength() + ")";
    }
}
