package dev.revnas.bench;

import dev.revnas.config.AdamSettings;
import dev.revnas.config.BackpropMode;
import dev.revnas.config.SearchConfig;
import dev.revnas.data.BatchStream;
import dev.revnas.data.ForwardingBatches;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.memory.OffHeap;
import dev.revnas.memory.PeakMeter;
import dev.revnas.memory.Workspaces;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Flops;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import dev.revnas.search.Search;
import dev.revnas.search.SearchData;
import dev.revnas.search.SearchListener;
import dev.revnas.search.SearchProgress;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The search step against the training step, in one run on one corpus: the baseline
 * Transformer's training step, then a search step (one α update on an A batch and one weight
 * update on a W batch, first order, reconstruct) under each relaxation, all at the same width,
 * depth and batch size. GFLOP/s counts the matrix products that actually ran ({@link Flops}).
 */
public final class SearchBenchmark {

    /**
     * @param kind train or search
     * @param relaxation the search's relaxation; null for the training row
     * @param tokensPerSecond target tokens a second, both batches of a search step counted
     * @param peakBytes off-heap bytes at the peak of the measured steps, above what was held before the row began
     */
    public record Row(String kind, String relaxation, double stepMillis, double tokensPerSecond, double gflops,
            long peakBytes) {}

    /** The shape both kinds share: the 256-wide 3+3 network, 2 splits and 2 nodes for the supernet. */
    public record Settings(int hidden, int layers, int splits, int nodes, int batchTokens, int heads, int ffn, int partialK,
            int warmup, int steps, long seed) {
        public Settings {
            if (warmup < 1 || steps < 1) {
                throw new IllegalArgumentException("a benchmark needs at least 1 warm-up and 1 measured step; got "
                        + warmup + " and " + steps);
            }
        }

        public static Settings defaults() {
            return new Settings(256, 3, 2, 2, 4096, 4, 1024, 4, 1, 3, 1);
        }
    }

    private SearchBenchmark() {}

    /** The training row: the baseline's full step (forward, backward, clipping, Adam) on a W batch of the search's data. */
    public static Row train(PreparedCorpus corpus, Settings s, Runnable onStep) {
        long before = settledBaseline();
        SearchData data = SearchData.of(corpus, s.batchTokens(), s.seed(), DataType.FLOAT);
        NetworkConfig config = new NetworkConfig(corpus.vocabSize(), s.hidden(), s.layers(), s.layers(), 0.1, 0.1, true,
                DataType.FLOAT, s.seed());
        EncoderDecoder model = EncoderDecoder.baseline(config, s.heads(), s.ffn());
        Adam adam = new Adam(model.params(), AdamSettings.weights(1e-4));
        int total = s.warmup() + s.steps();
        double[] millis = new double[s.steps()];
        long[] flops = new long[s.steps()];
        double[] tokens = new double[s.steps()];
        PeakMeter meter = null;
        for (int i = 0; i < total; i++) {
            int measured = i - s.warmup();
            if (measured == 0) {
                meter = PeakMeter.start();
            }
            Batch batch = data.weightBatches().next();
            long startFlops = Flops.count();
            long start = System.nanoTime();
            model.zeroGrads();
            model.trainStep(batch, BackpropMode.STANDARD, i, false);
            GradientClipping.clip(model.params(), 1.0);
            adam.step(1e-4);
            if (measured >= 0) {
                millis[measured] = (System.nanoTime() - start) / 1e6;
                flops[measured] = Flops.count() - startFlops;
                tokens[measured] = batch.targetTokens();
            }
            onStep.run();
        }
        meter.close();
        return row("train", null, millis, flops, tokens, meter.peakHeldBytes() - before);
    }

    /** A search row: {@code warmup + steps} steps of a real search under one relaxation. */
    public static Row search(PreparedCorpus corpus, Settings s, String relaxation, Runnable onStep) {
        long before = settledBaseline();
        String json = String.format(java.util.Locale.ROOT, """
                {"searchSpace": {"relaxation": "%s", "splits": %d, "nodes": %d, "partialK": %d},
                 "encoderLayers": %d, "decoderLayers": %d, "hidden": %d, "batchTokens": %d, "vocabSize": %d,
                 "budget": {"steps": %d}, "checkpointEvery": 1000000, "validateEvery": 1000000, "seed": %d}
                """, relaxation, s.splits(), s.nodes(), s.partialK(), s.layers(), s.layers(), s.hidden(), s.batchTokens(),
                corpus.vocabSize(), s.warmup() + s.steps(), s.seed());
        SearchConfig config = SearchConfig.parse(json, "bench search");
        SearchData plain = SearchData.of(corpus, s.batchTokens(), s.seed(), DataType.FLOAT);
        CountingBatches weights = new CountingBatches(plain.weightBatches());
        CountingBatches arch = new CountingBatches(plain.alphaBatches());
        // No validation batches: the bench times steps, and the search validates once at its end.
        SearchData data = new SearchData(plain.vocab(), weights, arch, List.of(), plain.corpusFingerprint());
        StepTimer timer = new StepTimer(s, () -> weights.tokens + arch.tokens, onStep);
        timer.begin();
        Search.run(config, data, timer, null, false);
        return row("search", relaxation, timer.millis, timer.flops, timer.tokens, timer.meter.peakHeldBytes() - before);
    }

    private static long settledBaseline() {
        Workspaces.releaseAll();
        return OffHeap.settledHeldBytes();
    }

    private static Row row(String kind, String relaxation, double[] millis, long[] flops, double[] tokens, long peak) {
        double step = median(millis);
        double tokensPerStep = Arrays.stream(tokens).average().orElse(0);
        double flopsPerStep = Arrays.stream(flops).average().orElse(0);
        return new Row(kind, relaxation, step, tokensPerStep / (step / 1e3), flopsPerStep / (step / 1e3) / 1e9,
                Math.max(0, peak));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Times the steps of a running search from one progress report to the next. */
    private static final class StepTimer implements SearchListener {
        private final Settings s;
        private final java.util.function.DoubleSupplier tokensRead;
        private final Runnable onStep;
        final double[] millis;
        final long[] flops;
        final double[] tokens;
        PeakMeter meter;
        private long lastNanos;
        private long lastFlops;
        private double lastTokens;

        StepTimer(Settings s, java.util.function.DoubleSupplier tokensRead, Runnable onStep) {
            this.s = s;
            this.tokensRead = tokensRead;
            this.onStep = onStep;
            this.millis = new double[s.steps()];
            this.flops = new long[s.steps()];
            this.tokens = new double[s.steps()];
        }

        void begin() {
            lastNanos = System.nanoTime();
            lastFlops = Flops.count();
            lastTokens = tokensRead.getAsDouble();
        }

        @Override
        public void onProgress(SearchProgress progress) {
            int measured = (int) progress.step() - 1 - s.warmup();
            long now = System.nanoTime();
            if (measured >= 0) {
                millis[measured] = (now - lastNanos) / 1e6;
                flops[measured] = Flops.count() - lastFlops;
                tokens[measured] = tokensRead.getAsDouble() - lastTokens;
            }
            if (measured == -1) {
                meter = PeakMeter.start(); // from the first measured step on
            }
            if (measured == s.steps() - 1) {
                meter.close();
            }
            onStep.run();
            begin();
        }
    }

    /** Passes batches through and adds up their target tokens. */
    private static final class CountingBatches extends ForwardingBatches {
        double tokens;

        CountingBatches(BatchStream inner) {
            super(inner);
        }

        @Override
        public Batch next() {
            Batch b = super.next();
            tokens += b.targetTokens();
            return b;
        }
    }
}
