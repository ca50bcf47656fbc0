package dev.revnas.experiment;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.decode.StepModel;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Json;
import dev.revnas.io.Sha256;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Env;
import dev.revnas.ops.Flops;
import dev.revnas.search.RandomGenotype;
import dev.revnas.search.Search;
import dev.revnas.search.SearchData;
import dev.revnas.search.SearchListener;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchProgress;
import dev.revnas.search.SearchResult;
import dev.revnas.store.Checkpoints;
import dev.revnas.train.EqualSize;
import dev.revnas.train.Evaluation;
import dev.revnas.train.TrainListener;
import dev.revnas.train.TrainProgress;
import dev.revnas.train.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The experiment pipeline: per pair, search → derive → train the derived network, the
 * size-matched baseline and the random architecture for each seed → evaluate on the test split,
 * with the paired bootstrap in the results. Every stage has its directory under {@code out}, and
 * a finished one its {@link StageDone}; run again, the same experiment skips finished stages,
 * resumes a stage from its checkpoint, and redoes one whose outputs fail their checksums.
 */
public final class Experiment {
    static final String CONFIG = "experiment.json";
    static final String HYPOTHESES = "hypotheses.txt";
    static final String MODEL = "model";
    static final String CHECKPOINTS = "checkpoints";
    /** The suffix of a trained stage's decoding ablation ({@link LengthPenaltyTuning}). */
    static final String TUNED = "-tuned";
    /** Random draws tried for one size-matched to the derived network. */
    static final int RANDOM_DRAWS = 2_000;
    private static final ObjectMapper JSON = Json.MAPPER;

    private final ExperimentConfig config;
    private final Path out;
    /** Where each finished stage's done.json and outputs are copied (null: nowhere); see {@link #restore}. */
    private final Path record;
    private final ExperimentListener listener;
    private final Map<String, CorpusDirectory> corpora = new LinkedHashMap<>();
    /** The pairs whose derived network is given (pairs.P.genotype) instead of searched. */
    private final Map<String, Genotype> given = new LinkedHashMap<>();
    private final Results results;
    private Decoding decoding = Decoding.ND4J;
    private LengthPenaltyTuning tuning;

    private Experiment(ExperimentConfig config, Path out, Path record, ExperimentListener listener) {
        this.config = config;
        this.out = out;
        this.record = record;
        this.listener = listener;
        config.pairs().forEach((name, pair) -> corpora.put(name, corpus(name, pair)));
        config.pairs().forEach((name, pair) -> {
            if (pair.genotype() != null) {
                given.put(name, givenGenotype(name, pair.genotype()));
            }
        });
        if (config.pairs().values().stream().anyMatch(p -> p.models().contains("random"))) {
            checkRandom();
        }
        this.results = new Results(config, out, corpora);
    }

    /** Checks everything that can be checked before any work (bad input names its field), and claims {@code out}. */
    public static Experiment prepare(ExperimentConfig config, Path out, ExperimentListener listener) {
        return prepare(config, out, null, listener);
    }

    /**
     * As {@link #prepare(ExperimentConfig, Path, ExperimentListener)}, keeping a record in
     * {@code record} (null: none): every finished stage's done.json and outputs (not its model or
     * checkpoints) and the results. A stage found in the record with today's inputs is restored
     * into {@code out} instead of run, so that the experiment continues on another machine from
     * what was committed.
     */
    public static Experiment prepare(ExperimentConfig config, Path out, Path record, ExperimentListener listener) {
        Experiment e = new Experiment(config, out, record, listener);
        claim(config, out, "--out");
        if (record != null) {
            claim(config, record, "--record");
        }
        return e;
    }

    /** Decodes the test splits with {@code decoding} from now on (default {@link Decoding#ND4J}). */
    public Experiment decodeWith(Decoding decoding) {
        this.decoding = decoding;
        return this;
    }

    /**
     * After each training, also decodes the model with the length penalty {@code tuning} chooses on
     * the validation split (null: not), as a stage of its own, so that it can be added to an
     * experiment under way: a trained stage whose model is here gets it on the next run.
     */
    public Experiment tuneLengthPenalty(LengthPenaltyTuning tuning) {
        this.tuning = tuning;
        return this;
    }

    /** Writes the config into {@code dir}, refusing a directory that holds another experiment's. */
    private static void claim(ExperimentConfig config, Path dir, String option) {
        Path file = dir.resolve(CONFIG);
        try {
            if (Files.exists(file) && !ExperimentConfig.read(file).toJson().equals(config.toJson())) {
                throw new InvalidInputException(option + " " + dir + " holds an experiment with another config (" + file
                        + "); give a new " + option + ", or the same config to continue it");
            }
        } catch (InvalidInputException bad) {
            if (bad.getMessage().startsWith(option)) {
                throw bad;
            }
            throw new InvalidInputException(option + " " + dir + ": " + CONFIG + " there is unreadable: " + bad.getMessage());
        }
        AtomicFiles.write(file, config.toJson());
    }

    /** Runs every stage not yet finished; results.json and results.md are rewritten after each. */
    public void run() {
        for (var entry : config.pairs().entrySet()) {
            String pair = entry.getKey();
            Genotype derived = given.containsKey(pair) ? given.get(pair) : search(pair);
            Genotype random = entry.getValue().models().contains("random") ? randomFor(pair, derived) : null;
            for (long seed : entry.getValue().seeds()) {
                for (String model : ExperimentConfig.MODELS) {
                    if (entry.getValue().models().contains(model)) {
                        train(pair, model, seed, model.equals("random") ? random : derived, derived);
                        tune(pair, model, seed);
                    }
                }
            }
        }
        writeResults(); // also when every stage was found finished
    }

    /** The stage directory's name of a model trained with a seed. */
    static String stage(String model, long seed) {
        return model + "-seed" + seed;
    }

    private CorpusDirectory corpus(String name, ExperimentConfig.Pair pair) {
        Path dir = Path.of(pair.corpus()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw InvalidInputException.at("pairs." + name + ".corpus", "pairs." + name + ".corpus: " + pair.corpus() + " is not a corpus directory ("
                    + (Files.isDirectory(dir) ? "no manifest.json in it" : "no such directory") + "; revnas corpus build makes one)");
        }
        return CorpusDirectory.open(dir);
    }

    /** A pair's given genotype, checked to load at the training width. */
    private Genotype givenGenotype(String pair, String file) {
        String field = "pairs." + pair + ".genotype";
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw InvalidInputException.at(field, field + ": " + file + " is not a file (a genotype.json, e.g. from revnas genotype derive)");
        }
        try {
            Genotype g = GenotypeJson.read(path);
            GenotypeJson.validate(g.withHidden(config.train().hidden()), "at train.hidden " + config.train().hidden());
            return g;
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(field, field + ": " + e.getMessage());
        }
    }

    /** Checks the random draw before any work: its cells load at the training width, and a baseline can match it. */
    private void checkRandom() {
        SearchConfig s = config.search();
        TrainConfig t = config.train();
        Genotype g;
        try {
            g = RandomGenotype.sample(s.searchSpace(), s.hidden(), s.encoderLayers(), s.decoderLayers(), config.randomSeed());
            GenotypeJson.validate(g.withHidden(t.hidden()), "at train.hidden " + t.hidden());
        } catch (InvalidInputException bad) {
            throw bad.under("search.searchSpace");
        }
        EqualSize.baseline(countingNetwork(), t.heads(), g.withHidden(t.hidden()),
                "search.searchSpace: the random architecture (randomSeed " + config.randomSeed() + ") cannot be size-matched");
    }

    /**
     * The pair's random architecture, size-matched to its derived network: the first of
     * randomSeed's draws (the seed itself, then {@code mix(randomSeed, k)}) whose network, at the
     * training width, has a parameter count within {@link EqualSize#TOLERANCE} of the derived one's.
     * Conditioning on size keeps the comparison about the cells, not about how many weights they have.
     */
    private Genotype randomFor(String pair, Genotype derived) {
        SearchConfig s = config.search();
        int hidden = config.train().hidden();
        long target = parameters(derived.withHidden(hidden));
        for (int draw = 0; draw < RANDOM_DRAWS; draw++) {
            long seed = draw == 0 ? config.randomSeed() : Env.mix(config.randomSeed(), draw);
            Genotype g = RandomGenotype.sample(s.searchSpace(), s.hidden(), s.encoderLayers(), s.decoderLayers(), seed);
            long count = parameters(g.withHidden(hidden));
            if (Math.abs(count - target) <= EqualSize.TOLERANCE * target) {
                listener.onLog(String.format("%s/random: draw %d (seed %d) has %,d parameters against the derived network's %,d",
                        pair, draw, seed, count, target));
                return g;
            }
        }
        throw InvalidInputException.at("search.searchSpace", String.format("search.searchSpace: none of %,d random architectures (randomSeed %d) is"
                + " within %.0f%% of %s's derived network (%,d parameters); its cells are at an extreme of the search space",
                RANDOM_DRAWS, config.randomSeed(), EqualSize.TOLERANCE * 100, pair, target));
    }

    /** The parameter count of a genotype's network at the training config (at its configured vocabulary size). */
    private long parameters(Genotype g) {
        NetworkConfig network = countingNetwork();
        return EncoderDecoder.reversible(network, g.splits(),
                new DerivedCells(g, network.encoderLayers(), network.decoderLayers(), network.dropout())).parameterCount();
    }

    // Counted at the configured vocabulary size: the one learnt may be smaller on a small corpus.
    private NetworkConfig countingNetwork() {
        TrainConfig t = config.train();
        return new NetworkConfig(t.vocabSize(), t.hidden(), t.encoderLayers(), t.decoderLayers(), t.dropout(),
                t.labelSmoothing(), t.tiedEmbeddings(), DataType.FLOAT, config.randomSeed());
    }

    private Genotype search(String pair) {
        String stage = pair + "/search";
        Path dir = out.resolve(pair).resolve("search");
        CorpusDirectory corpus = corpora.get(pair);
        SearchConfig cfg = config.search();
        Map<String, String> inputs = Map.of("corpus", corpus.manifest().fingerprint(), "config", Sha256.hex(utf8(cfg.toJson())));
        if (finished(stage, dir, inputs)) {
            return GenotypeJson.read(dir.resolve(SearchOutputs.GENOTYPE));
        }
        Path checkpoint = dir.resolve(SearchOutputs.CHECKPOINT);
        Meter base = Files.isDirectory(AtomicDirectory.resolve(checkpoint)) ? Meter.read(dir) : null;
        begin(stage, dir, base != null);
        int maxPieces = Math.min(cfg.batchTokens() - 1, 250);
        Path vocab = dir.resolve(SearchOutputs.VOCABULARY);
        PreparedCorpus prepared = base != null
                ? PreparedCorpus.prepare(corpus.dir(), BytePairEncoding.load(vocab), maxPieces)
                : PreparedCorpus.prepare(corpus.dir(), cfg.vocabSize(), maxPieces);
        if (base == null) {
            prepared.bpe().save(vocab);
            AtomicFiles.write(dir.resolve(SearchOutputs.CONFIG), cfg.toJson());
            base = new Meter(0, 0, 0);
        }
        boolean resume = base.step() > 0;
        Meter from = base;
        long flops = Flops.count();
        long started = System.nanoTime();
        SearchListener progress = new SearchListener() {
            @Override
            public void onProgress(SearchProgress p) {
                listener.onProgress(stage, "search", p.fraction(), p.etaSeconds());
            }

            @Override
            public void onCheckpoint(long step) {
                new Meter(step, from.seconds() + (System.nanoTime() - started) / 1e9, from.flops() + Flops.count() - flops).write(dir);
            }
        };
        SearchResult result = Search.run(cfg, SearchData.of(prepared, cfg.batchTokens(), cfg.seed(), DataType.FLOAT), progress,
                checkpoint, resume);
        SearchOutputs.write(dir, result, cfg);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("seconds", from.seconds() + (System.nanoTime() - started) / 1e9);
        info.put("flops", from.flops() + Flops.count() - flops);
        info.put("steps", result.steps());
        info.put("validLoss", result.validLoss());
        info.put("notes", result.genotype().provenance().notes());
        finish(stage, dir, inputs, List.of(SearchOutputs.GENOTYPE, SearchOutputs.ALPHAS_CSV, SearchOutputs.ALPHAS_JSON,
                SearchOutputs.VOCABULARY, SearchOutputs.CONFIG), List.of(), info);
        return result.genotype();
    }

    private void train(String pair, String model, long seed, Genotype genotype, Genotype derived) {
        String stage = pair + "/" + stage(model, seed);
        Path dir = out.resolve(pair).resolve(stage(model, seed));
        CorpusDirectory corpus = corpora.get(pair);
        boolean baseline = model.equals("baseline");
        TrainConfig cfg = trainConfig(stage, seed, baseline ? derived : null);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("corpus", corpus.manifest().fingerprint());
        inputs.put("config", Sha256.hex(utf8(cfg.toJson())));
        inputs.put("genotype", Sha256.hex(utf8(GenotypeJson.write(cells(genotype)))));
        if (finished(stage, dir, inputs)) {
            return;
        }
        Path checkpoints = dir.resolve(CHECKPOINTS);
        boolean resume = Checkpoints.hasTraining(checkpoints);
        begin(stage, dir, resume);
        try {
            AtomicFiles.deleteTree(dir.resolve(MODEL)); // a model written before the stopped run ended is written again
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!baseline) {
            AtomicFiles.write(dir.resolve(SearchOutputs.GENOTYPE), GenotypeJson.write(genotype));
        }
        TrainingCurve curve = TrainingCurve.in(dir, resume);
        Training.run(cfg, corpus.dir(), baseline ? null : genotype, dir.resolve(MODEL), checkpoints, new TrainListener() {
            @Override
            public void onProgress(TrainProgress p) {
                curve.add(p);
                listener.onProgress(stage, "train", p.fraction(), p.etaSeconds());
            }

            @Override
            public void onCheckpoint(long step) {
                curve.save();
            }
        }, resume);
        curve.save();
        ModelArtifact.Loaded loaded = ModelArtifact.load(dir.resolve(MODEL));
        String test = corpus.dir().resolve("test").toString();
        long sentences = corpus.manifest().splits().getOrDefault("test", 0L);
        long started = System.nanoTime();
        Evaluation evaluation;
        try (StepModel steps = decoding.steps().apply(loaded)) {
            evaluation = Evaluation.run(loaded, steps, test, null, 32, done -> listener.onProgress(stage, "evaluate",
                    sentences == 0 ? 1 : (double) done / sentences,
                    done == 0 ? 0 : (System.nanoTime() - started) / 1e9 * Math.max(0, sentences - done) / done));
        }
        evaluation.writeHypotheses(dir.resolve(HYPOTHESES));
        Map<String, Object> info = new LinkedHashMap<>(loaded.metrics());
        info.keySet().retainAll(List.of("parameters", "matchedParameters", "steps", "targetTokens", "trainSeconds", "validLoss"));
        info.putAll(testScores(evaluation));
        List<String> outputs = baseline ? List.of(HYPOTHESES, TrainingCurve.FILE)
                : List.of(HYPOTHESES, TrainingCurve.FILE, SearchOutputs.GENOTYPE);
        finish(stage, dir, inputs, outputs, List.of(MODEL), info);
    }

    /** The decoding ablation of a trained stage, when asked for and its model is here (not restored from the record). */
    private void tune(String pair, String model, long seed) {
        if (tuning == null) {
            return;
        }
        String trained = pair + "/" + stage(model, seed);
        String stage = trained + TUNED;
        Path trainedDir = out.resolve(trained);
        Path dir = out.resolve(stage);
        Map<String, String> inputs = new LinkedHashMap<>();
        try {
            inputs.put("trained", Sha256.hexOf(trainedDir.resolve(StageDone.FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inputs.put("lengthPenalties", tuning.grid().toString());
        inputs.put("validSentences", Integer.toString(tuning.sentences()));
        if (finished(stage, dir, inputs)) {
            return;
        }
        if (!Files.isDirectory(trainedDir.resolve(MODEL))) {
            listener.onLog(stage + ": not run, the model is not here (" + trained + " was restored from the record)");
            return;
        }
        begin(stage, dir, false);
        ModelArtifact.Loaded loaded = ModelArtifact.load(trainedDir.resolve(MODEL));
        long started = System.nanoTime();
        LengthPenaltyTuning.Tuned tuned;
        try (StepModel steps = decoding.steps().apply(loaded)) {
            tuned = tuning.run(loaded, steps, corpora.get(pair), 32, done -> listener.onProgress(stage, "decode", done,
                    done == 0 ? 0 : (System.nanoTime() - started) / 1e9 * (1 - done) / done));
        }
        tuned.test().writeHypotheses(dir.resolve(HYPOTHESES));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("lengthPenalty", tuned.lengthPenalty());
        info.put("validBleu", tuned.validBleu());
        info.put("validSentences", tuned.validSentences());
        info.putAll(testScores(tuned.test()));
        finish(stage, dir, inputs, List.of(HYPOTHESES), List.of(), info);
    }

    /** What done.json keeps of a test split's evaluation, and the engine that decoded it. */
    private Map<String, Object> testScores(Evaluation evaluation) {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("bleu", evaluation.bleu().score());
        scores.put("bleuSignature", evaluation.bleu().signature());
        scores.put("chrf", evaluation.chrf().score());
        scores.put("chrfSignature", evaluation.chrf().signature());
        scores.put("sentences", evaluation.hypotheses().size());
        scores.put("engine", decoding.engine());
        return scores;
    }

    /** The experiment's training config with this seed, and for the baseline the genotype it is size-matched to. */
    private TrainConfig trainConfig(String stage, long seed, Genotype matchTo) {
        ObjectNode node = (ObjectNode) JSON.readTree(config.train().toJson());
        node.put("seed", seed);
        if (matchTo != null) {
            node.remove("ffn");
            node.set("matchParams", JSON.readTree(GenotypeJson.write(cells(matchTo))));
        }
        return TrainConfig.parse(node.toString(), "train (" + stage + ")");
    }

    /** The genotype without its provenance: what a trained network depends on (not the search's timestamp). */
    private static Genotype cells(Genotype g) {
        return Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), null);
    }

    /** True when the stage is finished; a finished stage that fails its check is cleared, and the log says why. */
    private boolean finished(String stage, Path dir, Map<String, String> inputs) {
        StageDone.Check check = StageDone.check(dir, inputs);
        if (!check.finished() && restore(stage, dir, inputs)) {
            check = StageDone.check(dir, inputs);
        }
        if (check.finished()) {
            listener.onLog(stage + ": finished, skipped");
            results.add(stage, check.done());
            if (record != null && !StageDone.check(record.resolve(stage), inputs).finished()) {
                keep(stage, dir, check.done()); // a stage finished before the record was given
            }
            return true;
        }
        if (check.problem() != null) {
            listener.onLog(stage + ": " + check.problem() + "; redoing the stage");
            try {
                AtomicFiles.deleteTree(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private void begin(String stage, Path dir, boolean resume) {
        if (!resume) {
            try {
                AtomicFiles.deleteTree(dir); // nothing to resume from: whatever a stopped run left is redone
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        listener.onStageStart(stage, resume ? "resuming from its checkpoint" : "starting");
    }

    private void finish(String stage, Path dir, Map<String, String> inputs, List<String> outputs, List<String> artifacts,
            Map<String, Object> info) {
        StageDone done = StageDone.write(dir, inputs, outputs, artifacts, info);
        results.add(stage, done);
        keep(stage, dir, done);
        writeResults();
        listener.onStageDone(stage);
    }

    private void writeResults() {
        if (record != null) {
            results.write(record);
        } else {
            results.write();
        }
    }

    /** Copies a finished stage's done.json and outputs into the record (replacing what was there). */
    private void keep(String stage, Path dir, StageDone done) {
        if (record != null) {
            copyStage(dir, done, record.resolve(stage));
        }
    }

    /**
     * For a stage {@code dir} does not hold finished: when the record holds it with these inputs,
     * copies it into {@code dir} (whatever a stopped run left there is cleared first) and says so.
     */
    private boolean restore(String stage, Path dir, Map<String, String> inputs) {
        if (record == null) {
            return false;
        }
        Path kept = record.resolve(stage);
        StageDone.Check recorded = StageDone.check(kept, inputs);
        if (!recorded.finished()) {
            if (recorded.problem() != null) {
                listener.onLog(stage + ": the record's copy is not used: " + recorded.problem());
            }
            return false;
        }
        copyStage(kept, recorded.done(), dir);
        listener.onLog(stage + ": restored from the record " + kept);
        return true;
    }

    /** done.json and the outputs (not the artifacts) of a finished stage, from one directory into another. */
    private static void copyStage(Path from, StageDone done, Path to) {
        try {
            AtomicFiles.deleteTree(to);
            for (String name : done.outputs().keySet()) {
                Files.createDirectories(to.resolve(name).getParent());
                Files.copy(from.resolve(name), to.resolve(name));
            }
            // done.json last: a copy cut short is not a finished stage.
            Files.copy(from.resolve(StageDone.FILE), to.resolve(StageDone.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the stage " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A search's time and FLOPs up to its last checkpoint, so that a resumed search counts the work once. */
    record Meter(long step, double seconds, long flops) {
        static final String FILE = "meter.json";

        static Meter read(Path dir) {
            try {
                return JSON.readValue(dir.resolve(FILE).toFile(), Meter.class);
            } catch (JacksonException e) { // a missing or unreadable file, too
                return null; // no meter: the search restarts
            }
        }

        void write(Path dir) {
            AtomicFiles.write(dir.resolve(FILE), JSON.writeValueAsString(this));
        }
    }
}
