package dev.revnas.bench;

import dev.revnas.config.BackpropMode;
import dev.revnas.memory.OffHeap;
import dev.revnas.memory.PeakMeter;
import dev.revnas.memory.Workspaces;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.model.TransformerCells;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Memory and time of one training step (forward + backward, no optimiser) of a reversible
 * encoder–decoder with Transformer-block couplings, by depth and backprop mode.
 */
public final class MemoryBenchmark {

    /**
     * @param layers layers in the encoder and in the decoder
     * @param peakBytes peak off-heap bytes ND4J held during one step, above what it held before
     *     the first step (parameters and their gradients): the step's activations and scratch
     * @param peakRssBytes peak resident set size of the process during that step
     * @param stepMillis median wall time of the timed steps
     * @param paramBytes bytes of the parameters (their gradients take as much again)
     * @param gflops 6 × (non-embedding + output-projection parameters) × target tokens / step time
     */
    public record Result(String mode, int layers, int splits, int hidden, long peakBytes, long peakRssBytes,
            double stepMillis, long paramBytes, double gflops) {}

    public record Settings(int splits, int hidden, int batchTokens, int sentenceLength, int vocab, int heads,
            DataType type, int warmup, int steps, long seed) {}

    private MemoryBenchmark() {}

    public static Result run(BackpropMode mode, int layers, Settings s, Runnable onStep) {
        Workspaces.releaseAll();
        NetworkConfig config = new NetworkConfig(s.vocab(), s.hidden(), layers, layers, 0.1, 0.1, false, s.type(), s.seed());
        EncoderDecoder model = EncoderDecoder.reversible(config, s.splits(), new TransformerCells(s.heads(), 0.1));
        try {
            Batch batch = SyntheticBatches.uniform(s.batchTokens() / s.sentenceLength(), s.sentenceLength(),
                    s.vocab(), s.type(), s.seed());
            long baseline = OffHeap.settledHeldBytes();
            for (int i = 0; i < s.warmup(); i++) {
                model.trainStep(batch, mode, i, false);
                onStep.run();
            }
            double[] millis = new double[s.steps()];
            for (int i = 0; i < s.steps(); i++) {
                long start = System.nanoTime();
                model.trainStep(batch, mode, i, false);
                millis[i] = (System.nanoTime() - start) / 1e6;
                onStep.run();
            }
            long peak;
            long peakRss;
            try (PeakMeter meter = PeakMeter.start()) {
                model.trainStep(batch, mode, 0, false);
                meter.close();
                peak = meter.peakHeldBytes() - baseline;
                peakRss = meter.peakResidentBytes();
            }
            onStep.run();
            Arrays.sort(millis);
            double median = millis[millis.length / 2];
            long paramBytes = model.params().stream().mapToLong(p -> p.size() * s.type().width()).sum();
            double flops = 6.0 * Counting.flopParameters(model) * batch.targetTokens();
            return new Result(mode.label(), layers, s.splits(), s.hidden(), peak, peakRss, median, paramBytes,
                    flops / (median / 1e3) / 1e9);
        } finally {
            model.release();
            Workspaces.releaseAll();
        }
    }
}
