package dev.revnas.experiment;

import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.Utf8Lines;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Json;
import dev.revnas.metrics.PairedBootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * results.json and results.md: per pair the search's time and FLOPs; per seed each model's
 * parameters, training time, test BLEU and chrF, and the {@link OutputShape} of its translations; and derived against baseline and against
 * random by paired bootstrap, and the same again for the models whose decoding was tuned
 * ({@link LengthPenaltyTuning}). Rewritten whole after every finished stage.
 */
final class Results {
    static final String JSON_FILE = "results.json";
    static final String MARKDOWN_FILE = "results.md";
    static final String P_VALUE = "(1 + r) / (R + 1), r the resamples whose difference does not have the observed sign (is ≤ 0"
            + " when the observed difference is ≥ 0, ≥ 0 when it is negative), R the resamples";
    private final ExperimentConfig config;
    private final Path out;
    private final Map<String, CorpusDirectory> corpora;
    private final Map<String, StageDone> stages = new LinkedHashMap<>();

    Results(ExperimentConfig config, Path out, Map<String, CorpusDirectory> corpora) {
        this.config = config;
        this.out = out;
        this.corpora = corpora;
    }

    void add(String stage, StageDone done) {
        stages.put(stage, done);
    }

    /** Writes results.json and results.md into {@code out}, and into each of {@code copies}. */
    void write(Path... copies) {
        Map<String, Object> json = json();
        String text = Json.PRETTY.writeValueAsString(json);
        String markdown = ResultsTable.markdown(json);
        for (Path dir : concat(out, copies)) {
            AtomicFiles.write(dir.resolve(JSON_FILE), text);
            AtomicFiles.write(dir.resolve(MARKDOWN_FILE), markdown);
        }
    }

    private static List<Path> concat(Path first, Path... rest) {
        List<Path> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    Map<String, Object> json() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        config.pairs().forEach((pair, spec) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("corpus", spec.corpus());
            p.put("corpusFingerprint", corpora.get(pair).manifest().fingerprint());
            StageDone search = stages.get(pair + "/search");
            p.put("search", search == null ? null : search.info());
            List<String> refs = references(pair);
            Map<String, Object> seeds = new LinkedHashMap<>();
            for (long seed : spec.seeds()) {
                Map<String, Object> models = new LinkedHashMap<>();
                for (String model : spec.models()) {
                    StageDone done = stages.get(pair + "/" + Experiment.stage(model, seed));
                    if (done != null) {
                        Map<String, Object> m = scores(pair, Experiment.stage(model, seed), done, refs);
                        StageDone tuned = stages.get(pair + "/" + Experiment.stage(model, seed) + Experiment.TUNED);
                        if (tuned != null) {
                            m.put("tuned", scores(pair, Experiment.stage(model, seed) + Experiment.TUNED, tuned, refs));
                        }
                        models.put(model, m);
                    }
                }
                Map<String, Object> comparisons = new LinkedHashMap<>();
                for (String suffix : List.of("", Experiment.TUNED)) {
                    for (String other : List.of("baseline", "random")) {
                        if (has(models, "derived", suffix) && has(models, other, suffix)) {
                            comparisons.put("derived-" + other + suffix, compare(pair, refs, seed, other, suffix));
                        }
                    }
                }
                seeds.put(Long.toString(seed), Map.of("models", models, "comparisons", comparisons));
            }
            p.put("seeds", seeds);
            pairs.put(pair, p);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "revnas-experiment-results");
        json.put("version", 1);
        json.put("bootstrap", Map.of("resamples", config.resamples(), "seed", config.bootstrapSeed(), "pValue", P_VALUE,
                "interval", "the 2.5th and 97.5th percentiles of the resampled differences (system − other)"));
        json.put("pairs", pairs);
        return json;
    }

    /** A finished stage's info, where its hypotheses are, and their {@link OutputShape}. */
    private Map<String, Object> scores(String pair, String stage, StageDone done, List<String> refs) {
        Map<String, Object> m = new LinkedHashMap<>(done.info());
        m.put("hypotheses", pair + "/" + stage + "/" + Experiment.HYPOTHESES);
        m.putAll(OutputShape.of(hypotheses(pair, stage), refs).json());
        return m;
    }

    private List<String> references(String pair) {
        CorpusDirectory corpus = corpora.get(pair);
        return Utf8Lines.readAll(corpus.dir().resolve("test." + corpus.manifest().target()));
    }

    /** Whether the model has test scores, or with the suffix {@link Experiment#TUNED} tuned ones. */
    private static boolean has(Map<String, Object> models, String model, String suffix) {
        return suffix.isEmpty() ? models.containsKey(model) : models.get(model) instanceof Map<?, ?> m && m.containsKey("tuned");
    }

    /** Derived against another model of the same pair and seed, on BLEU and chrF, as decoded by the stages with this suffix. */
    private Map<String, Object> compare(String pair, List<String> refs, long seed, String other, String suffix) {
        List<String> derived = hypotheses(pair, Experiment.stage("derived", seed) + suffix);
        List<String> against = hypotheses(pair, Experiment.stage(other, seed) + suffix);
        PairedBootstrap bootstrap = new PairedBootstrap(refs.size(), config.resamples(), config.bootstrapSeed());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("bleu", bootstrap.bleu(derived, against, refs));
        c.put("chrf", bootstrap.chrf(derived, against, refs));
        return c;
    }

    private List<String> hypotheses(String pair, String stage) {
        Path file = out.resolve(pair).resolve(stage).resolve(Experiment.HYPOTHESES);
        return Files.exists(file) ? Utf8Lines.readAll(file) : List.of();
    }
}
