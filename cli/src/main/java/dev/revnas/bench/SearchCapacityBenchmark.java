package dev.revnas.bench;

import dev.revnas.config.AdamSettings;
import dev.revnas.config.BackpropMode;
import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.OpNames;
import dev.revnas.memory.OffHeap;
import dev.revnas.memory.PeakMeter;
import dev.revnas.memory.Workspaces;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.optim.Adam;
import dev.revnas.search.Alphas;
import dev.revnas.search.SearchCells;
import java.util.List;
import java.util.function.IntPredicate;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * How large a supernet fits under an off-heap cap: the largest hidden size with the full op
 * set, and the largest number of candidate ops per edge at a fixed hidden size. A setting
 * fits when one search step (forward and backward of the supernet, with parameters,
 * gradients and both Adam states allocated) holds at most the cap at its peak.
 */
public final class SearchCapacityBenchmark {

    public record Settings(long capBytes, int layers, int splits, int nodes, int batchTokens, int sentenceLength,
            int vocab, int opsHidden, int maxOps, int maxHidden) {}

    public record Result(String mode, int maxHidden, int maxOps, long capBytes) {}

    /** One probe, reported as it is measured. */
    public record Probe(String mode, int hidden, int ops, long peakBytes, boolean fits) {}

    private SearchCapacityBenchmark() {}

    public static Result run(BackpropMode mode, Settings s, java.util.function.Consumer<Probe> onProbe) {
        int step = 16 * s.splits() / 2; // op width must take 8 heads
        int maxHiddenSteps = largest(1, s.maxHidden() / step, k -> fits(mode, k * step, OpNames.DEFAULT_OPS.size(), s, onProbe));
        int maxOps = largest(1, s.maxOps(), n -> fits(mode, s.opsHidden(), n, s, onProbe));
        return new Result(mode.label(), maxHiddenSteps * step, maxOps, s.capBytes());
    }

    /**
     * The largest k in [low, high] with fits(k), assuming fits is monotone; low − 1 if none.
     * Gallops up from {@code low} first, so that no probe overshoots the largest fit by more
     * than 2×: a probe far past the cap would need far more memory than the machine has.
     */
    static int largest(int low, int high, IntPredicate fits) {
        int best = low - 1;
        int probe = low;
        while (probe <= high && fits.test(probe)) {
            best = probe;
            probe = probe * 2;
        }
        if (best < low) {
            return best;
        }
        low = best + 1;
        high = Math.min(high, probe - 1);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (fits.test(mid)) {
                best = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    static boolean fits(BackpropMode mode, int hidden, int ops, Settings s, java.util.function.Consumer<Probe> onProbe) {
        long peak = peakBytes(mode, hidden, ops, s);
        boolean fits = peak <= s.capBytes();
        onProbe.accept(new Probe(mode.label(), hidden, ops, peak, fits));
        return fits;
    }

    /** Peak off-heap bytes of a search step, or Long.MAX_VALUE when the allocation fails. */
    static long peakBytes(BackpropMode mode, int hidden, int ops, Settings s) {
        Workspaces.releaseAll();
        long before = OffHeap.settledHeldBytes();
        int width = hidden / s.splits();
        SearchSpace space = new SearchSpace(null, OpNames.candidates(ops, width, false),
                OpNames.candidates(ops, width, true), s.splits(), s.nodes(), 1, false, null, null, null, null);
        Alphas alphas = new Alphas();
        NetworkConfig config = new NetworkConfig(s.vocab(), hidden, s.layers(), s.layers(), 0.1, 0.1, true, DataType.FLOAT, 1);
        EncoderDecoder supernet = null;
        try {
            supernet = EncoderDecoder.reversible(config, s.splits(), new SearchCells(space, alphas, 0.1));
            List<dev.revnas.ops.Param> weights = supernet.params().stream().filter(p -> !alphas.isAlpha(p)).toList();
            Adam weightState = new Adam(weights, AdamSettings.weights(1e-3));
            Adam alphaState = new Adam(alphas.params(), AdamSettings.alphas());
            Batch batch = SyntheticBatches.uniform(s.batchTokens() / s.sentenceLength(), s.sentenceLength(), s.vocab(),
                    DataType.FLOAT, 1);
            supernet.trainStep(batch, mode, 1, false);
            try (PeakMeter meter = PeakMeter.start()) {
                supernet.trainStep(batch, mode, 2, false);
                meter.close();
                // The optimiser states count: they must stay allocated through the measured step.
                java.lang.ref.Reference.reachabilityFence(weightState);
                java.lang.ref.Reference.reachabilityFence(alphaState);
                return meter.peakHeldBytes() - before;
            }
        } catch (OutOfMemoryError | RuntimeException e) {
            if (e instanceof RuntimeException && !isAllocationFailure(e)) {
                throw (RuntimeException) e;
            }
            return Long.MAX_VALUE;
        } finally {
            if (supernet != null) {
                supernet.release();
            }
            Workspaces.releaseAll();
        }
    }

    private static boolean isAllocationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof OutOfMemoryError || m.contains("allocat") || m.contains("memory")) {
                return true;
            }
        }
        return false;
    }
}
