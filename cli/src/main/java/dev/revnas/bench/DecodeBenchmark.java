package dev.revnas.bench;

import dev.revnas.config.DecodingSettings;
import dev.revnas.decode.BeamSearch;
import dev.revnas.decode.Nd4jSteps;
import dev.revnas.decode.StepModel;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SpecialTokens;
import dev.revnas.ops.Flops;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Latency and throughput of batched beam search on random source sentences of a fixed
 * length. Outputs are capped at the source length (ratio 1, offset 0), so a model that never
 * emits EOS — an untrained one — decodes exactly that many positions.
 */
public final class DecodeBenchmark {

    /**
     * @param gflopPerSentence the matrix products one sentence cost ({@link dev.revnas.ops.Flops}), in GFLOP
     * @param gflops the products' rate over the timed batches: how close decoding comes to the arithmetic
     * @param cpu the processor and its SIMD flags
     */
    public record Result(String engine, int beam, int batch, double sentencesPerSecond, double p50Millis, double p99Millis,
            double gflopPerSentence, double gflops, String cpu) {}

    private DecodeBenchmark() {}

    /**
     * Times beam search over {@code steps}. The FLOPs are counted on ND4J's ops ({@link Flops}); for
     * another engine one untimed ND4J search of a batch of the same shape counts them (an untrained
     * model decodes exactly {@code sourceLength} positions either way, so the arithmetic is the same).
     */
    public static Result run(EncoderDecoder model, StepModel steps, String engine, int beam, int batch, int sourceLength,
            int batches, int warmup, Runnable onBatch) {
        DecodingSettings settings = new DecodingSettings(beam, 1.0, 1.0, 0);
        BeamSearch search = new BeamSearch(steps, settings, SpecialTokens.DEFAULT);
        boolean counted = steps instanceof Nd4jSteps;
        SplittableRandom random = new SplittableRandom(7);
        int vocab = model.config().vocab();
        double[] millis = new double[batches];
        long flops = 0;
        for (int i = -warmup; i < batches; i++) {
            List<int[]> sources = new ArrayList<>(batch);
            for (int s = 0; s < batch; s++) {
                sources.add(random.ints(sourceLength, SpecialTokens.DEFAULT.unk() + 1, vocab).toArray());
            }
            long startFlops = Flops.count();
            long start = System.nanoTime();
            search.search(sources);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                flops += Flops.count() - startFlops;
            }
            onBatch.run();
        }
        if (!counted) {
            List<int[]> sources = new ArrayList<>(batch);
            for (int s = 0; s < batch; s++) {
                sources.add(random.ints(sourceLength, SpecialTokens.DEFAULT.unk() + 1, vocab).toArray());
            }
            long startFlops = Flops.count();
            new BeamSearch(model, settings, SpecialTokens.DEFAULT, true).search(sources);
            flops = (Flops.count() - startFlops) * batches;
        }
        double total = Arrays.stream(millis).sum();
        Arrays.sort(millis);
        return new Result(engine, beam, batch, batch * batches / (total / 1e3), percentile(millis, 0.50), percentile(millis, 0.99),
                flops / 1e9 / ((double) batch * batches), flops / 1e9 / (total / 1e3), CpuFlags.describe());
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
