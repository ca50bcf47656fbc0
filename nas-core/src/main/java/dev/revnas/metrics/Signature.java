package dev.revnas.metrics;

import java.util.StringJoiner;

/**
 * sacreBLEU's reproducibility signature: {@code key:value} fields joined by {@code |}, the
 * number of references first and the version last, e.g.
 * {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}.
 */
public final class Signature {
    /**
     * The sacreBLEU release whose behaviour these metrics reproduce (its metrics and
     * tokenizers, read side by side); signatures carry it so that scores compare only with
     * scores made the same way.
     */
    public static final String SACREBLEU_VERSION = "2.6.0";

    private Signature() {}

    /** {@code fields} alternate key and value, in sacreBLEU's order for the metric. */
    static String of(int nrefs, String... fields) {
        StringJoiner joined = new StringJoiner("|");
        joined.add("nrefs:" + nrefs);
        for (int i = 0; i < fields.length; i += 2) {
            joined.add(fields[i] + ":" + fields[i + 1]);
        }
        joined.add("version:" + SACREBLEU_VERSION);
        return joined.toString();
    }
}
