package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.config.AdamSettings;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.SearchSpace;
import dev.revnas.data.BatchPosition;
import dev.revnas.genotype.Genotype;
import dev.revnas.model.Batch;
import dev.revnas.model.BatchLoss;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Env;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import dev.revnas.optim.InverseSqrtSchedule;
import dev.revnas.optim.TrainingDivergedException;
import dev.revnas.run.RunLoop;
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
    private final InverseSqrtSchedule schedule;
    private final RunLoop loop;

    private double trainLoss = Double.NaN;
    private Double validLoss;

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
        this.loop = new RunLoop(config.budget(), config.budget().totalSteps(data.weightBatches().batchesPerEpoch()),
                config.checkpointEvery(), checkpointDir != null);
        this.schedule = new InverseSqrtSchedule(config.lr(), config.warmupFor(
                config.budget().plannedSteps(data.weightBatches().batchesPerEpoch(), config.batchTokens())));
        this.weightOptimizer = new Adam(weights, AdamSettings.weights(config.lr()));
        this.architect = new Architect(model, weights, alphas.params(), new Adam(alphas.params(), config.alphaOptimizer().settings()),
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
        boolean stopped = loop.run(new RunLoop.Run() {
            @Override
            public RunLoop.Update update() {
                return Search.this.update();
            }

            @Override
            public BatchPosition position() {
                return data.weightBatches().position();
            }

            @Override
            public void afterUpdate(int epoch, boolean epochEnded) {
                if ((config.validateEvery() != null && loop.step() % config.validateEvery() == 0)
                        || (config.validateEvery() == null && epochEnded)) {
                    validLoss = validate();
                }
                if (epochEnded) {
                    history.add(new SearchResult.AlphaSnapshot(epoch, loop.step(), alphas.softmax()));
                }
            }

            @Override
            public void progress(RunLoop.Progress p) {
                listener.onProgress(new SearchProgress(loop.step(), loop.totalSteps(), p.epoch(), p.fraction(), trainLoss,
                        validLoss, alphas.softmax(), p.tokensPerSecond(), p.peakBytes(), p.etaSeconds()));
            }

            @Override
            public boolean stopRequested() {
                return listener.stopRequested();
            }

            @Override
            public void checkpoint() {
                Search.this.checkpoint();
            }
        });
        boolean atEpochEnd = data.weightBatches().position().index() == 0;
        if (validLoss == null || !atEpochEnd) {
            validLoss = validate();
        }
        long step = loop.step();
        if (history.isEmpty() || history.get(history.size() - 1).step() != step) {
            history.add(new SearchResult.AlphaSnapshot(data.weightBatches().position().epoch() + (atEpochEnd ? 0 : 1), step,
                    alphas.softmax()));
        }
        if (checkpointDir != null) {
            checkpoint();
        }
        return new SearchResult(derive(), List.copyOf(history), step, trainLoss, validLoss, stopped);
    }

    /** One α update on an A batch, then one weight update on a W batch. */
    private RunLoop.Update update() {
        long step = loop.step();
        double lr = schedule.at(weightOptimizer.steps() + 1);
        Batch alphaBatch = data.alphaBatches().next();
        Batch weightBatch = data.weightBatches().next();
        long seed = Env.mix(config.seed(), step);
        if (sampler != null) {
            sampler.anneal(loop.totalSteps() > 0 ? (double) step / Math.max(1, loop.totalSteps() - 1) : loop.fraction());
        }
        BatchLoss onAlphas = architect.step(alphaBatch, weightBatch, lr, Env.mix(seed, 1));
        model.zeroGrads();
        BatchLoss onWeights = model.trainStep(weightBatch, config.backpropMode(), Env.mix(seed, 2), false);
        checkFinite(onAlphas, onWeights);
        GradientClipping.clip(weights, config.clipNorm());
        weightOptimizer.step(lr);
        trainLoss = onWeights.meanLoss();
        return new RunLoop.Update(weightBatch.targetTokens(), weightBatch.targetTokens() + alphaBatch.targetTokens());
    }

    private void checkFinite(BatchLoss onAlphas, BatchLoss onWeights) {
        if (!Double.isFinite(onAlphas.loss()) || !Double.isFinite(onWeights.loss())) {
            throw new TrainingDivergedException("loss is not finite at search step " + (loop.step() + 1)
                    + (checkpointDir != null ? "; the last good checkpoint (step " + loop.lastCheckpoint() + ") is kept in " + checkpointDir : ""));
        }
    }

    private double validate() {
        return RunLoop.validationLoss(model, data.validation());
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
        return new SearchCheckpoint.State(config.toJson(), data.corpusFingerprint(), loop.step(), loop.targetTokens(),
                weightOptimizer.steps(), architect.optimizer().steps(), data.weightBatches().position(), data.alphaBatches().position(),
                loop.elapsedMillis(), trainLoss, validLoss, List.copyOf(history));
    }

    private void checkpoint() {
        SearchCheckpoint.save(checkpointDir, model.params(), weightOptimizer, architect.optimizer(), state());
        listener.onCheckpoint(loop.step());
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
        loop.restore(s.step(), s.targetTokens(), s.elapsedMillis());
        trainLoss = s.trainLoss();
        validLoss = s.validLoss();
        history.addAll(s.alphaHistory());
        data.weightBatches().seek(s.weightPosition());
        data.alphaBatches().seek(s.archPosition());
    }
}
