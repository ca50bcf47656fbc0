package dev.revnas.bench;

import dev.revnas.config.AdamSettings;
import dev.revnas.config.BackpropMode;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import java.util.Arrays;

/**
 * Speed of full training steps (forward, backward, clipping, Adam) on one fixed batch.
 * GFLOP/s counts 6 × (non-embedding + output-projection parameters) × target tokens per
 * step: the useful work, not reconstruction's recomputed forward passes.
 */
public final class TrainBenchmark {

    public record Result(double tokensPerSecond, double gflops, double stepMillis, long parameters, long flopParameters,
            double targetTokens) {}

    private TrainBenchmark() {}

    public static Result run(EncoderDecoder model, BackpropMode mode, int sentences, int length, int warmup, int steps,
            Runnable onStep) {
        Batch batch = SyntheticBatches.uniform(sentences, length, model.config().vocab(), model.config().type(), 1);
        Adam adam = new Adam(model.params(), AdamSettings.weights(1e-4));
        double[] millis = new double[steps];
        for (int i = -warmup; i < steps; i++) {
            long start = System.nanoTime();
            model.zeroGrads();
            model.trainStep(batch, mode, i, false);
            GradientClipping.clip(model.params(), 1.0);
            adam.step(1e-4);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            onStep.run();
        }
        Arrays.sort(millis);
        double median = millis[steps / 2];
        long flopParams = Counting.flopParameters(model);
        double tokens = batch.targetTokens();
        return new Result(tokens / (median / 1e3), 6.0 * flopParams * tokens / (median / 1e3) / 1e9, median,
                model.parameterCount(), flopParams, tokens);
    }
}
