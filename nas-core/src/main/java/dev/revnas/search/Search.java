package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.memory.OffHeap;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.Genotype;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.Step;
import dev.revnas.ops.Env;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import dev.revnas.optim.InverseSqrtSchedule;
import dev.revnas.optim.TrainingDivergedException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * DARTS over the reversible supernet: each step one α update on an A batch, then one weight
 * update on a W batch (design §5), until the budget is spent; then derivation to a genotype.
 */
public final class Search {
    private final SearchConfig config;
    private final SearchData data;
    private final SearchListener listener;
    private final Path checkpointDir;
    private final Alphas alphas = new Alphas();
    private final EncoderDecoder model;
    private final List<Param> weights;
    private final Adam weightOptimizer;
    private final Architect architect;
    private final GumbelSampler sampler;
    private final List<SearchResult.AlphaSnapshot> history = new ArrayList<>();
    private final long totalSteps;
    private final InverseSqrtSchedule schedule;

    private long step;
    private long targetTokens;
    private long elapsedMillis;
    private double trainLoss = Double.NaN;
    private Double validLoss;
    private long peakBytes;

    private Search(SearchConfig config, SearchData data, SearchListener listener, Path checkpointDir, DataType type) {
        this.config = config;
        this.data = data;
        this.listener = listener;
        this.checkpointDir = checkpointDir;
        SearchSpace space = config.searchSpace();
        NetworkConfig network = new NetworkConfig(data.vocab(), config.hidden(), config.encoderLayers(),
                config.decoderLayers(), config.dropout(), config.labelSmoothing(), config.tiedEmbeddings(), type, config.seed());
        SearchCells cells = new SearchCells(space, alphas, config.dropout());
        this.sampler = cells.sampler();
        this.model = EncoderDecoder.reversible(network, space.splits(), cells);
        this.weights = model.params().stream().filter(p -> !alphas.isAlpha(p)).toList();
        this.totalSteps = config.budget().totalSteps(data.weightBatches().batchesPerEpoch());
        this.schedule = new InverseSqrtSchedule(config.lr(), config.warmupFor(
                config.budget().plannedSteps(data.weightBatches().batchesPerEpoch(), config.batchTokens())));
        this.weightOptimizer = new Adam(weights, Adam.Settings.weights(config.lr()));
        this.architect = new Architect(model, weights, alphas.params(), new Adam(alphas.params(), config.architecture().settings()),
                weightOptimizer, config.order().equals("second"), config.backpropMode());
    }

    /**
     * Runs (or, with {@code resume}, continues from {@code checkpointDir}) a search.
     *
     * @param checkpointDir where checkpoints go; null for none
     */
    public static SearchResult run(SearchConfig config, SearchData data, SearchListener listener, Path checkpointDir,
            boolean resume) {
        return run(config, data, listener, checkpointDir, resume, DataType.FLOAT);
    }

    public static SearchResult run(SearchConfig config, SearchData data, SearchListener listener, Path checkpointDir,
            boolean resume, DataType type) {
        Search search = new Search(config, data, listener, checkpointDir, type);
        if (resume) {
            search.restore();
        }
        return search.loop();
    }

    Alphas alphas() {
        return alphas;
    }

    private SearchResult loop() {
        boolean stopped = false;
        long lastCheckpoint = step;
        while (!budgetSpent()) {
            long started = System.nanoTime();
            double lr = schedule.at(weightOptimizer.steps() + 1);
            Batch archBatch = data.archBatches().next();
            int epoch = data.weightBatches().position().epoch() + 1;
            Batch weightBatch = data.weightBatches().next();
            long seed = Env.mix(config.seed(), step);
            if (sampler != null) {
                sampler.anneal(totalSteps > 0 ? (double) step / Math.max(1, totalSteps - 1)
                        : config.budget().fraction(step, totalSteps, elapsedMillis, targetTokens));
            }
            Step onArch = architect.step(archBatch, weightBatch, lr, Env.mix(seed, 1));
            model.zeroGrads();
            Step onWeights = model.trainStep(weightBatch, config.backpropMode(), Env.mix(seed, 2), false);
            checkFinite(onArch, onWeights, lastCheckpoint);
            GradientClipping.clip(weights, config.clipNorm());
            weightOptimizer.step(lr);
            step++;
            targetTokens += Math.round(weightBatch.targetTokens());
            trainLoss = onWeights.meanLoss();
            elapsedMillis += (System.nanoTime() - started) / 1_000_000;
            peakBytes = Math.max(peakBytes, OffHeap.heldBytes());

            boolean epochEnded = data.weightBatches().position().epoch() + 1 > epoch;
            if ((config.validateEvery() != null && step % config.validateEvery() == 0)
                    || (config.validateEvery() == null && epochEnded)) {
                validLoss = validate();
            }
            if (epochEnded) {
                history.add(new SearchResult.AlphaSnapshot(epoch, step, alphas.softmax()));
            }
            report(epoch, weightBatch.targetTokens() + archBatch.targetTokens(), started);
            if (listener.stopRequested()) {
                stopped = true;
                break;
            }
            if (checkpointDir != null && step - lastCheckpoint >= config.checkpointEvery()) {
                checkpoint();
                lastCheckpoint = step;
            }
        }
        boolean atEpochEnd = data.weightBatches().position().index() == 0;
        if (validLoss == null || !atEpochEnd) {
            validLoss = validate();
        }
        if (history.isEmpty() || history.get(history.size() - 1).step() != step) {
            history.add(new SearchResult.AlphaSnapshot(data.weightBatches().position().epoch() + (atEpochEnd ? 0 : 1), step,
                    alphas.softmax()));
        }
        if (checkpointDir != null) {
            checkpoint();
        }
        return new SearchResult(derive(), List.copyOf(history), step, trainLoss, validLoss, stopped);
    }

    private boolean budgetSpent() {
        return config.budget().spent(step, data.weightBatches().position().epoch(), elapsedMillis, targetTokens);
    }

    private void checkFinite(Step onArch, Step onWeights, long lastCheckpoint) {
        if (!Double.isFinite(onArch.loss()) || !Double.isFinite(onWeights.loss())) {
            throw new TrainingDivergedException("loss is not finite at search step " + (step + 1)
                    + (checkpointDir != null ? "; the last good checkpoint (step " + lastCheckpoint + ") is kept in " + checkpointDir : ""));
        }
    }

    private double validate() {
        double loss = 0;
        double tokens = 0;
        for (Batch b : data.validation()) {
            Step s = model.evaluate(b);
            loss += s.loss();
            tokens += s.tokens();
        }
        return tokens == 0 ? Double.NaN : loss / tokens;
    }

    private void report(int epoch, double tokens, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        double fraction = config.budget().fraction(step, totalSteps, elapsedMillis, targetTokens);
        double eta = config.budget().etaSeconds(step, totalSteps, elapsedMillis, targetTokens);
        listener.onProgress(new SearchProgress(step, totalSteps, epoch, fraction, trainLoss,
                validLoss, alphas.softmax(), tokens / seconds, peakBytes, eta));
    }

    private Genotype derive() {
        List<String> notes = new ArrayList<>();
        List<String> candidates = new ArrayList<>(config.searchSpace().decoderCandidates());
        var provenance = new Genotype.Provenance(null, data.corpusFingerprint(), config.seed(), Instant.now().toString(),
                Map.of("search", config.toJson()), candidates, alphas.softmax(), notes);
        return Derivation.derive(config.searchSpace(), alphas, config.hidden(), config.encoderLayers(),
                config.decoderLayers(), provenance, notes);
    }

    private SearchCheckpoint.State state() {
        return new SearchCheckpoint.State(config.toJson(), data.corpusFingerprint(), step, targetTokens, weightOptimizer.steps(),
                architect.optimizer().steps(), data.weightBatches().position(), data.archBatches().position(),
                elapsedMillis, trainLoss, validLoss, List.copyOf(history));
    }

    private void checkpoint() {
        SearchCheckpoint.save(checkpointDir, model.params(), weightOptimizer, architect.optimizer(), state());
        listener.onCheckpoint(step);
    }

    private void restore() {
        if (checkpointDir == null || !SearchCheckpoint.exists(checkpointDir)) {
            throw new InvalidInputException("nothing to resume: no checkpoint in " + checkpointDir);
        }
        SearchCheckpoint.State s = SearchCheckpoint.load(checkpointDir, model.params(), weightOptimizer, architect.optimizer());
        if (!s.config().equals(config.toJson())) {
            throw new InvalidInputException("the checkpoint in " + checkpointDir + " was made with another config");
        }
        if (!java.util.Objects.equals(s.corpusFingerprint(), data.corpusFingerprint())) {
            throw new InvalidInputException("the checkpoint in " + checkpointDir + " was made on another corpus (fingerprint "
                    + s.corpusFingerprint() + ")");
        }
        step = s.step();
        targetTokens = s.targetTokens();
        elapsedMillis = s.elapsedMillis();
        trainLoss = s.trainLoss();
        validLoss = s.validLoss();
        history.addAll(s.alphaHistory());
        data.weightBatches().seek(s.weightPosition());
        data.archBatches().seek(s.archPosition());
    }
}
