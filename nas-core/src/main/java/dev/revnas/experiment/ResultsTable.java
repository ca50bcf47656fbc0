package dev.revnas.experiment;

import java.util.Locale;
import java.util.Map;

/** results.md: the tables of results.json, for people. */
final class ResultsTable {
    private ResultsTable() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> json) {
        StringBuilder searches = new StringBuilder("| pair | search time | search FLOPs | steps |\n| --- | --- | --- | --- |\n");
        StringBuilder models = new StringBuilder("| pair | seed | model | parameters | training time | target tokens | test BLEU | test chrF"
                + " | length / reference | repeating lines |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        String tunedHeader = "| pair | seed | model | length penalty | validation BLEU by length penalty | test BLEU | test chrF"
                + " | length / reference | repeating lines |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
        StringBuilder tuned = new StringBuilder(tunedHeader);
        StringBuilder diffs = new StringBuilder("| pair | seed | derived against | metric | derived | other | difference | 95% interval | p |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        ((Map<String, Object>) json.get("pairs")).forEach((pair, p) -> {
            Map<String, Object> pj = (Map<String, Object>) p;
            Map<String, Object> search = (Map<String, Object>) pj.get("search");
            if (search != null) {
                searches.append(row(pair, duration(number(search, "seconds")), String.format(Locale.ROOT, "%.3g", number(search, "flops")),
                        String.valueOf(search.get("steps"))));
            }
            ((Map<String, Object>) pj.get("seeds")).forEach((seed, s) -> {
                Map<String, Object> sj = (Map<String, Object>) s;
                ((Map<String, Object>) sj.get("models")).forEach((model, m) -> {
                    Map<String, Object> mj = (Map<String, Object>) m;
                    models.append(row(pair, seed, model, String.format(Locale.ROOT, "%,d", (long) number(mj, "parameters")),
                            duration(number(mj, "trainSeconds")), String.format(Locale.ROOT, "%,d", (long) number(mj, "targetTokens")),
                            fixed(number(mj, "bleu")), fixed(number(mj, "chrf")), fixed(number(mj, "lengthRatio")),
                            String.format(Locale.ROOT, "%,d", (long) number(mj, "repeatingLines"))));
                    if (mj.get("tuned") instanceof Map<?, ?> t) {
                        Map<String, Object> tj = (Map<String, Object>) t;
                        StringBuilder byPenalty = new StringBuilder();
                        ((Map<String, Object>) tj.get("validBleu")).forEach((penalty, bleu) -> byPenalty.append(byPenalty.isEmpty() ? "" : ", ")
                                .append(penalty).append(": ").append(fixed(((Number) bleu).doubleValue())));
                        tuned.append(row(pair, seed, model, String.valueOf(tj.get("lengthPenalty")), byPenalty.toString(),
                                fixed(number(tj, "bleu")), fixed(number(tj, "chrf")), fixed(number(tj, "lengthRatio")),
                                String.format(Locale.ROOT, "%,d", (long) number(tj, "repeatingLines"))));
                    }
                });
                ((Map<String, Object>) sj.get("comparisons")).forEach((name, c) -> ((Map<String, Object>) c).forEach((metric, r) -> {
                    var cmp = (dev.revnas.metrics.PairedBootstrap.Comparison) r;
                    String other = name.substring("derived-".length());
                    diffs.append(row(pair, seed, other.endsWith(Experiment.TUNED)
                                    ? other.substring(0, other.length() - Experiment.TUNED.length()) + ", both decoding tuned" : other,
                            metric.equals("bleu") ? "BLEU" : "chrF",
                            fixed(cmp.system()), fixed(cmp.other()), String.format(Locale.ROOT, "%+.2f", cmp.difference()),
                            String.format(Locale.ROOT, "[%+.2f, %+.2f]", cmp.low(), cmp.high()),
                            String.format(Locale.ROOT, "%.3f", cmp.pValue())));
                }));
            });
        });
        Map<String, Object> bootstrap = (Map<String, Object>) json.get("bootstrap");
        return "# Experiment results\n\nRewritten after every finished stage; the numbers are in results.json.\n\n## Searches\n\n"
                + searches + "\n## Models\n\nLength: the translations' words over the references'; repeating lines: translations in which three"
                + " consecutive words occur " + OutputShape.REPEATS + " times or more.\n\n" + models
                + (tuned.length() > tunedHeader.length() ? "\n## Decoding tuned on the validation split\n\nEach model decoded again with the length"
                        + " penalty of the best validation BLEU (the same lines and penalties for every model).\n\n" + tuned : "")
                + "\n## Derived against the others (paired bootstrap, "
                + bootstrap.get("resamples") + " resamples, seed " + bootstrap.get("seed") + ")\n\np = " + bootstrap.get("pValue")
                + ".\n\n" + diffs;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static double number(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "–";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
