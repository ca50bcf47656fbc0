package dev.revnas.metrics;

/** A chrF score (0–100), named as sacreBLEU names it ({@code chrF2}, {@code chrF2++}), with its signature. */
public record ChrfScore(String name, double score, long[] statistics, String signature) {

    /** The line sacreBLEU prints, e.g. {@code chrF2|nrefs:1|…|version:2.6.0 = 64.1}. */
    public String format(int width) {
        return name + "|" + signature + " = " + PythonFormat.fixed(score, width);
    }
}
