package dev.revnas.train;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.AdamSettings;
import dev.revnas.config.BackpropMode;
import dev.revnas.config.DecodingSettings;
import dev.revnas.config.TrainConfig;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.ParallelCorpus;
import dev.revnas.data.BatchPosition;
import dev.revnas.data.BatchingConfig;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.data.TokenBatchStream;
import dev.revnas.data.TokenBatcher;
import dev.revnas.decode.Translator;
import dev.revnas.genotype.Genotype;
import dev.revnas.metrics.Bleu;
import dev.revnas.metrics.BleuConfig;
import dev.revnas.metrics.BleuScore;
import dev.revnas.metrics.Chrf;
import dev.revnas.metrics.ChrfConfig;
import dev.revnas.metrics.ChrfScore;
import dev.revnas.model.Batch;
import dev.revnas.model.BatchLoss;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Env;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import dev.revnas.optim.InverseSqrtSchedule;
import dev.revnas.optim.TrainingDivergedException;
import dev.revnas.run.RunLoop;
import dev.revnas.store.Checkpoints;
import dev.revnas.store.ModelManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Trains a derived network (from a genotype) or the baseline Transformer for translation
 * (design §8): label-smoothed loss, Adam with inverse-square-root warm-up, clipping, gradient
 * accumulation, validation loss and BLEU every epoch, early stopping, atomic checkpoints,
 * averaging of the last k epochs, exact resume; then test BLEU and chrF and the model artifact.
 */
public final class Training {
    private final TrainConfig config;
    private final Path corpusDir;
    private final Path modelDir;
    private final Path checkpointDir;
    private final TrainListener listener;
    private final ModelManifest.Architecture architecture;
    private final EqualSize.Match sizeMatch;
    private final PreparedCorpus corpus;
    private final EncoderDecoder model;
    private final BackpropMode mode;
    private final TokenBatchStream batches;
    private final List<Batch> validation = new ArrayList<>();
    private final Adam adam;
    private final InverseSqrtSchedule schedule;
    private final RunLoop loop;

    private double trainLoss = Double.NaN;
    private Double validLoss;
    private Double validBleu;
    private double bestValidLoss = Double.POSITIVE_INFINITY;
    private int epochsWithoutImprovement;
    private List<Integer> epochSnapshots = new ArrayList<>();
    private boolean earlyStopped;

    private Training(TrainConfig config, Path corpusDir, Genotype genotype, Path modelDir, Path checkpointDir,
            TrainListener listener, boolean resume) {
        this.config = config;
        this.corpusDir = corpusDir;
        this.modelDir = modelDir;
        this.checkpointDir = checkpointDir;
        this.listener = listener;
        boolean baseline = genotype == null;
        config.checkArchitecture(baseline);
        this.mode = config.backpropMode(baseline);
        int maxPieces = Math.min(config.batchTokens() - 1, 250);
        Path vocabFile = checkpointDir == null ? null : checkpointDir.resolve(ModelManifest.VOCABULARY);
        listener.onPhase("vocabulary");
        this.corpus = resume && vocabFile != null && Files.exists(vocabFile)
                ? PreparedCorpus.prepare(corpusDir, BytePairEncoding.load(vocabFile), maxPieces)
                : PreparedCorpus.prepare(corpusDir, config.vocabSize(), maxPieces);
        if (vocabFile != null && !resume) {
            try {
                Files.createDirectories(checkpointDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            corpus.bpe().save(vocabFile);
        }
        NetworkConfig network = new NetworkConfig(corpus.vocabSize(), config.hidden(), config.encoderLayers(),
                config.decoderLayers(), config.dropout(), config.labelSmoothing(), config.tiedEmbeddings(), DataType.FLOAT,
                config.seed());
        this.sizeMatch = config.matchParams() == null ? null
                : EqualSize.baseline(network, config.heads(), config.matchParams(), "matchParams");
        if (!baseline) {
            this.architecture = ModelManifest.Architecture.reversible(genotype.splits(), genotype);
        } else {
            this.architecture = ModelManifest.Architecture.baseline(config.heads(), sizeMatch != null ? sizeMatch.ffn() : config.ffn());
        }
        // A size-matched baseline may be narrower than the config's width (EqualSize says when).
        this.model = ModelArtifact.build(architecture, sizeMatch != null ? network.withHidden(sizeMatch.hidden()) : network);
        this.batches = new TokenBatchStream(new TokenBatcher(corpus.train(), new BatchingConfig(config.batchTokens(), config.seed())),
                DataType.FLOAT, BatchPosition.START);
        if (!corpus.valid().isEmpty()) {
            TokenBatcher valid = new TokenBatcher(corpus.valid(), new BatchingConfig(config.batchTokens(), config.seed()));
            valid.inLengthOrder().forEach(indices -> validation.add(valid.batch(indices, DataType.FLOAT)));
        }
        this.adam = new Adam(model.params(), AdamSettings.weights(config.lr()));
        long perEpoch = (batches.batchesPerEpoch() + config.accumulate() - 1) / config.accumulate();
        this.loop = new RunLoop(config.budget(), config.budget().totalSteps((int) perEpoch), config.checkpointEvery(), checkpointDir != null);
        this.schedule = new InverseSqrtSchedule(config.lr(),
                config.warmupFor(config.budget().plannedSteps((int) perEpoch, config.batchTokens())));
    }

    /**
     * Trains, or with {@code resume} continues from {@code checkpointDir}; on success writes the
     * model artifact to {@code modelDir}.
     *
     * @param genotype the architecture to train, or null for the baseline Transformer
     * @param checkpointDir where checkpoints go (null: none, and no resume)
     */
    public static TrainResult run(TrainConfig config, Path corpusDir, Genotype genotype, Path modelDir, Path checkpointDir,
            TrainListener listener, boolean resume) {
        Training t = new Training(config, corpusDir, genotype, modelDir, checkpointDir, listener, resume);
        if (resume) {
            t.restore();
        }
        return t.loop();
    }

    private TrainResult loop() {
        boolean stopped = loop.run(new RunLoop.Run() {
            @Override
            public RunLoop.Update update() {
                double tokens = Training.this.update();
                return new RunLoop.Update(tokens, tokens);
            }

            @Override
            public BatchPosition position() {
                return batches.position();
            }

            @Override
            public void afterUpdate(int epoch, boolean epochEnded) {
                if (epochEnded) {
                    endEpoch(epoch);
                }
            }

            @Override
            public void progress(RunLoop.Progress p) {
                listener.onProgress(new TrainProgress(loop.step(), loop.totalSteps(), loop.targetTokens(), p.epoch(), p.fraction(),
                        trainLoss, validLoss, validBleu, p.tokensPerSecond(), p.peakBytes(), p.etaSeconds()));
            }

            @Override
            public boolean stopRequested() {
                return listener.stopRequested();
            }

            @Override
            public boolean done() {
                return earlyStopped;
            }

            @Override
            public void checkpoint() {
                Training.this.checkpoint();
            }
        });
        if (stopped) {
            checkpoint();
            return new TrainResult(null, validLoss, validBleu, null, null, model.parameterCount(), loop.step(), true, matchedParameters());
        }
        if (!earlyStopped && batches.position().index() != 0 && !epochSnapshots.contains(batches.position().epoch() + 1)) {
            // The budget ran out inside an epoch: its weights are the newest, so they are validated and
            // snapshotted like a full epoch's; otherwise averaging would drop the last updates.
            endEpoch(batches.position().epoch() + 1);
        }
        if (checkpointDir != null) {
            checkpoint();
        }
        return finish();
    }

    /** One optimiser update over {@code accumulate} batches; returns the target tokens it read. */
    private double update() {
        long step = loop.step();
        model.zeroGrads();
        double loss = 0;
        double tokens = 0;
        for (int a = 0; a < config.accumulate(); a++) {
            Batch batch = batches.next();
            BatchLoss s = model.trainStep(batch, mode, Env.mix(config.seed(), step * config.accumulate() + a), false);
            loss += s.loss();
            tokens += s.tokens();
        }
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException("loss is not finite at training step " + (step + 1)
                    + (checkpointDir != null ? "; the last good checkpoint is kept in " + checkpointDir : ""));
        }
        if (config.accumulate() > 1) {
            model.params().forEach(p -> p.grad().divi(config.accumulate()));
        }
        GradientClipping.clip(model.params(), config.clipNorm());
        adam.step(schedule.at(adam.steps() + 1));
        trainLoss = loss / tokens;
        return tokens;
    }

    private void endEpoch(int epoch) {
        listener.onPhase("validation");
        validLoss = validate();
        validBleu = config.validBleuSentences() > 0 ? decode("valid", config.validBleuSentences(), 1).bleu().score() : null;
        if (validLoss < bestValidLoss - 1e-6) {
            bestValidLoss = validLoss;
            epochsWithoutImprovement = 0;
        } else if (++epochsWithoutImprovement >= config.patience()) {
            earlyStopped = true;
        }
        if (checkpointDir != null) {
            TrainCheckpoint.saveEpoch(checkpointDir, epoch, model);
            epochSnapshots.add(epoch);
            try {
                epochSnapshots = TrainCheckpoint.prune(checkpointDir, epochSnapshots, config.averageLast());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private double validate() {
        return RunLoop.validationLoss(model, validation);
    }

    /** Translations of the first {@code limit} sentences of a split and their references. */
    private record Decoded(List<String> hypotheses, List<String> references) {
        BleuScore bleu() {
            return new Bleu(BleuConfig.corpus()).corpusScore(hypotheses, List.of(references));
        }

        ChrfScore chrf() {
            return new Chrf(ChrfConfig.chrf()).corpusScore(hypotheses, List.of(references));
        }
    }

    private Decoded decode(String split, int limit, int beam) {
        ParallelCorpus pairs = CorpusDirectory.open(corpusDir).split(split);
        int n = Math.min(limit, pairs.size());
        List<String> sources = new ArrayList<>(n);
        List<String> refs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(pairs.pairs().get(i).source());
            refs.add(pairs.pairs().get(i).target());
        }
        var settings = new DecodingSettings(beam, config.lengthPenalty(), config.maxLengthRatio(), 10);
        return new Decoded(new Translator(model, corpus.bpe(), settings, 250).translate(sources, 32), refs);
    }

    private TrainResult finish() {
        List<Integer> averaged = List.of();
        if (epochSnapshots.size() >= 2) {
            listener.onPhase("averaging the last " + epochSnapshots.size() + " epochs");
            double lastLoss = validLoss;
            TrainCheckpoint.average(checkpointDir, epochSnapshots, model);
            validLoss = validate();
            if (validLoss <= lastLoss) {
                averaged = List.copyOf(epochSnapshots);
            } else {
                // Averaging in early epochs of a short run hurts; validation decides, as it does for early stopping.
                TrainCheckpoint.average(checkpointDir, List.of(epochSnapshots.get(epochSnapshots.size() - 1)), model);
                validLoss = lastLoss;
            }
        } else if (validLoss == null) {
            validLoss = validate();
        }
        listener.onPhase("test");
        Decoded test = decode("test", config.testSentences(), config.beam());
        BleuScore bleu = test.bleu();
        ChrfScore chrf = test.chrf();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("bleu", bleu.score());
        metrics.put("bleuSignature", bleu.signature());
        metrics.put("chrf", chrf.score());
        metrics.put("chrfSignature", chrf.signature());
        metrics.put("validLoss", validLoss);
        metrics.put("validBleu", validBleu);
        metrics.put("parameters", model.parameterCount());
        if (sizeMatch != null) {
            metrics.put("matchedParameters", sizeMatch.matchedParameters());
        }
        metrics.put("steps", loop.step());
        metrics.put("targetTokens", loop.targetTokens());
        metrics.put("trainSeconds", loop.elapsedMillis() / 1000.0);
        metrics.put("averagedEpochs", averaged);
        metrics.put("earlyStopped", earlyStopped);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("corpusFingerprint", corpus.fingerprint());
        provenance.put("trainConfig", config.toJson());
        provenance.put("seed", config.seed());
        provenance.put("sourceRevision", SourceRevision.current());
        provenance.put("createdAt", Instant.now().toString());
        if (architecture.genotype() != null && architecture.genotype().provenance() != null) {
            provenance.put("genotypeFrom", origin(architecture.genotype()));
        }
        if (sizeMatch != null) {
            Map<String, Object> matched = new LinkedHashMap<>();
            matched.put("parameters", model.parameterCount());
            matched.put("matchedParameters", sizeMatch.matchedParameters());
            matched.put("hidden", sizeMatch.hidden());
            matched.put("ffn", sizeMatch.ffn());
            if (config.matchParams().provenance() != null) {
                matched.put("genotypeFrom", origin(config.matchParams()));
            }
            provenance.put("sizeMatch", matched);
        }
        var manifest = ModelArtifact.manifest(architecture, model.config(), corpus.manifest().pair(), corpus.manifest().source(),
                corpus.manifest().target(), config.decoding(), provenance);
        ModelArtifact.write(modelDir, manifest, model, corpus.bpe(), metrics);
        return new TrainResult(modelDir, validLoss, validBleu, bleu.score(), chrf.score(), model.parameterCount(), loop.step(), false,
                matchedParameters());
    }

    private Long matchedParameters() {
        return sizeMatch == null ? null : sizeMatch.matchedParameters();
    }

    /** Where a genotype came from: its search job and corpus. */
    private static Map<String, String> origin(Genotype genotype) {
        return Map.of("corpusFingerprint", String.valueOf(genotype.provenance().corpusFingerprint()),
                "searchJob", String.valueOf(genotype.provenance().searchJob()));
    }

    private TrainCheckpoint.State state() {
        return new TrainCheckpoint.State(config.toJson(), corpus.fingerprint(), loop.step(), loop.targetTokens(), adam.steps(),
                batches.position(), loop.elapsedMillis(), trainLoss, validLoss, validBleu, bestValidLoss, epochsWithoutImprovement,
                List.copyOf(epochSnapshots), earlyStopped);
    }

    private void checkpoint() {
        if (checkpointDir == null) {
            return;
        }
        TrainCheckpoint.saveLast(checkpointDir, model, adam, state());
        listener.onCheckpoint(loop.step());
    }

    private void restore() {
        if (!Checkpoints.hasTraining(checkpointDir)) {
            throw new InvalidInputException("nothing to resume: no checkpoint in " + checkpointDir);
        }
        TrainCheckpoint.State s = TrainCheckpoint.loadLast(checkpointDir, model, adam);
        if (!s.config().equals(config.toJson())) {
            throw new InvalidInputException("the checkpoint in " + checkpointDir + " was made with another training config");
        }
        if (!s.corpusFingerprint().equals(corpus.fingerprint())) {
            throw new InvalidInputException("the checkpoint in " + checkpointDir + " was made on another corpus");
        }
        loop.restore(s.step(), s.targetTokens(), s.elapsedMillis());
        trainLoss = s.trainLoss();
        validLoss = s.validLoss();
        validBleu = s.validBleu();
        bestValidLoss = s.bestValidLoss();
        epochsWithoutImprovement = s.epochsWithoutImprovement();
        epochSnapshots = new ArrayList<>(s.epochSnapshots());
        earlyStopped = s.earlyStopped();
        batches.seek(s.position());
    }
}
