package dev.revnas.run;

import dev.revnas.config.Budget;
import dev.revnas.data.BatchPosition;
import dev.revnas.memory.OffHeap;
import dev.revnas.model.Batch;
import dev.revnas.model.BatchLoss;
import dev.revnas.model.EncoderDecoder;

/**
 * The loop search and training share: updates until the budget is spent, the counters a budget is
 * measured in (steps, target tokens, time), progress with its ETA after every update, a stop on
 * request and a checkpoint every {@code checkpointEvery} steps. What an update is, and what happens
 * at the end of an epoch, is the run's own ({@link Run}).
 */
public final class RunLoop {

    /** One run's part of the loop. */
    public interface Run {
        /** Runs one update at step {@link RunLoop#step()} (0-based) and says how many target tokens it read. */
        Update update();

        /** Where the weights' batches are: an update that moves it to the next epoch ended an epoch. */
        BatchPosition position();

        /** After each update (the loop's counters already count it): validation, snapshots. */
        void afterUpdate(int epoch, boolean epochEnded);

        /** After {@link #afterUpdate}: a progress line. */
        void progress(Progress progress);

        boolean stopRequested();

        /** Whether the run ends before its budget (early stopping). */
        default boolean done() {
            return false;
        }

        void checkpoint();
    }

    /**
     * @param budgetTokens target tokens that count towards the budget (the weights' batches)
     * @param processedTokens target tokens processed, for the throughput (a search's α batch too)
     */
    public record Update(double budgetTokens, double processedTokens) {}

    /** What a progress line needs from the loop; the run adds its losses. */
    public record Progress(int epoch, double tokensPerSecond, double fraction, double etaSeconds, long peakBytes) {}

    private final Budget budget;
    private final long totalSteps;
    private final int checkpointEvery;
    private final boolean checkpoints;

    private long step;
    private long targetTokens;
    private long elapsedMillis;
    private long peakBytes;
    private long lastCheckpoint;

    /**
     * @param totalSteps the budget in steps when it is known in advance, else 0
     * @param checkpoints whether to checkpoint every {@code checkpointEvery} steps
     */
    public RunLoop(Budget budget, long totalSteps, int checkpointEvery, boolean checkpoints) {
        this.budget = budget;
        this.totalSteps = totalSteps;
        this.checkpointEvery = checkpointEvery;
        this.checkpoints = checkpoints;
    }

    /** Continues a run from a checkpoint's counters. */
    public void restore(long step, long targetTokens, long elapsedMillis) {
        this.step = step;
        this.targetTokens = targetTokens;
        this.elapsedMillis = elapsedMillis;
        this.lastCheckpoint = step;
    }

    /**
     * Updates until the budget is spent or the run is done; returns true when it stopped on request
     * (right after an update, before that step's periodic checkpoint).
     */
    public boolean run(Run run) {
        while (!budgetSpent(run) && !run.done()) {
            long started = System.nanoTime();
            int epoch = run.position().epoch() + 1;
            Update update = run.update();
            step++;
            targetTokens += Math.round(update.budgetTokens());
            elapsedMillis += (System.nanoTime() - started) / 1_000_000;
            peakBytes = Math.max(peakBytes, OffHeap.heldBytes());
            run.afterUpdate(epoch, run.position().epoch() + 1 > epoch);
            double seconds = (System.nanoTime() - started) / 1e9;
            run.progress(new Progress(epoch, update.processedTokens() / seconds, fraction(),
                    budget.etaSeconds(step, totalSteps, elapsedMillis, targetTokens), peakBytes));
            if (run.stopRequested()) {
                return true;
            }
            if (checkpoints && step - lastCheckpoint >= checkpointEvery) {
                run.checkpoint();
                lastCheckpoint = step;
            }
        }
        return false;
    }

    private boolean budgetSpent(Run run) {
        return budget.spent(step, run.position().epoch(), elapsedMillis, targetTokens);
    }

    /** How much of the budget is spent, 0 … 1. */
    public double fraction() {
        return budget.fraction(step, totalSteps, elapsedMillis, targetTokens);
    }

    /** Label-smoothed loss per target token over the validation batches (NaN when there are none). */
    public static double validationLoss(EncoderDecoder model, Iterable<Batch> batches) {
        double loss = 0;
        double tokens = 0;
        for (Batch b : batches) {
            BatchLoss s = model.evaluate(b);
            loss += s.loss();
            tokens += s.tokens();
        }
        return tokens == 0 ? Double.NaN : loss / tokens;
    }

    public long step() {
        return step;
    }

    public long targetTokens() {
        return targetTokens;
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    public long peakBytes() {
        return peakBytes;
    }

    /** The step of the newest periodic checkpoint (or of the one the run was restored from). */
    public long lastCheckpoint() {
        return lastCheckpoint;
    }

    public long totalSteps() {
        return totalSteps;
    }
}
