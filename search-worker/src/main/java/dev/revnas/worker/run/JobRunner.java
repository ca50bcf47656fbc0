package dev.revnas.worker.run;

import dev.revnas.InvalidInputException;
import dev.revnas.db.JobKind;
import dev.revnas.memory.Workspaces;
import dev.revnas.optim.TrainingDivergedException;
import dev.revnas.store.ArtifactStore;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.Heartbeats;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerMetrics;
import dev.revnas.worker.system.WorkerProperties;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one claimed attempt and leaves the row in a defined state whatever happens: SUCCEEDED,
 * CANCELLED, FAILED with the message, back to QUEUED (shutdown; an unexpected error with attempts
 * left), or, if even that write fails, RUNNING with a lease that expires and hands the job on.
 */
@Component
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final WorkerQueue queue;
    private final Heartbeats heartbeats;
    private final WorkerMetrics metrics;
    private final WorkerProperties properties;
    private final ArtifactStore store;
    private final SearchRunner search;
    private final TrainingRunner training;

    JobRunner(WorkerQueue queue, Heartbeats heartbeats, WorkerMetrics metrics, WorkerProperties properties, ArtifactStore store,
            SearchRunner search, TrainingRunner training) {
        this.queue = queue;
        this.heartbeats = heartbeats;
        this.metrics = metrics;
        this.properties = properties;
        this.store = store;
        this.search = search;
        this.training = training;
    }

    public void run(ClaimedJob job, BooleanSupplier shuttingDown) {
        String kind = job.kind().name();
        JobRun run = new JobRun(job, queue, heartbeats, shuttingDown, metrics, properties.progressInterval(),
                store.relative(store.checkpoint(job.id())));
        heartbeats.hold(job.lease());
        metrics.started(kind);
        String outcome = "lost";
        try {
            boolean done = job.kind() == JobKind.SEARCH ? search.run(job, run) : training.run(job, run);
            outcome = done ? "succeeded" : settleStop(job, run);
        } catch (InvalidInputException e) {
            outcome = fail(job, e.getMessage(), "bad-input");
        } catch (TrainingDivergedException e) {
            outcome = fail(job, e.getMessage(), "diverged");
        } catch (OutOfMemoryError e) {
            // Not retried: another attempt with the same config needs the same memory.
            outcome = fail(job, "out of memory: " + e.getMessage() + " (the model or batch is too large for this worker: "
                    + "lower hidden, the candidate ops, the layers or batchTokens)", "out-of-memory");
        } catch (Throwable e) {
            log.error("job {} attempt {} failed", job.id(), job.attempt(), e);
            outcome = retryOrFail(job, e.toString());
        } finally {
            heartbeats.release(job.lease());
            metrics.finished(kind, outcome);
            try {
                Workspaces.releaseAll();
            } catch (RuntimeException e) {
                log.warn("cannot free this thread's ND4J workspaces: {}", e.toString());
            }
        }
    }

    /** The run stopped before its budget was spent, after a checkpoint. */
    private String settleStop(ClaimedJob job, JobRun run) {
        try {
            return switch (run.stopReason()) {
                case CANCELLED -> {
                    queue.cancelled(job.lease(), "cancelled at step " + run.lastStep());
                    yield "cancelled";
                }
                case SHUTDOWN -> {
                    queue.requeue(job.lease(), "worker shutting down; checkpoint at step " + run.lastStep());
                    yield "requeued";
                }
                case LEASE_LOST -> {
                    queue.event(job.id(), "LEASE_LOST", job.attempt(), job.lease().owner(),
                            "stopped at step " + run.lastStep() + ": the job was taken over");
                    yield "lost";
                }
            };
        } catch (RuntimeException e) {
            log.error("job {}: cannot record its stop; its lease will expire and hand it on", job.id(), e);
            return "lost";
        }
    }

    private String fail(ClaimedJob job, String message, String reason) {
        try {
            if (queue.failed(job.lease(), message)) {
                metrics.failed(job.kind().name(), reason);
            }
            return "failed";
        } catch (RuntimeException e) {
            log.error("job {}: cannot record its failure ({}); its lease will expire and hand it on", job.id(), message, e);
            return "lost";
        }
    }

    private String retryOrFail(ClaimedJob job, String message) {
        try {
            boolean last = job.attempt() >= job.maxAttempts();
            if (queue.retryOrFail(job.lease(), job.maxAttempts(), message) && last) {
                metrics.failed(job.kind().name(), "error");
            }
            return last ? "failed" : "retried";
        } catch (RuntimeException e) {
            log.error("job {}: cannot record its failure ({}); its lease will expire and hand it on", job.id(), message, e);
            return "lost";
        }
    }
}
