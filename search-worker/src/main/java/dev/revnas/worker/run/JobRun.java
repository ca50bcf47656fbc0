package dev.revnas.worker.run;

import dev.revnas.io.Json;
import dev.revnas.search.SearchListener;
import dev.revnas.search.SearchProgress;
import dev.revnas.train.TrainListener;
import dev.revnas.train.TrainProgress;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.Heartbeats;
import dev.revnas.worker.queue.JobControl;
import dev.revnas.worker.queue.NewMetricPoint;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerMetrics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * One attempt of a job as nas-core sees it: the listener that writes progress to the row (at most
 * once per progress interval, and always at a checkpoint or a new epoch) and answers
 * {@code stopRequested} from the row (cancel, lease lost) and from the process (shutdown).
 */
public final class JobRun {
    private static final Logger log = LoggerFactory.getLogger(JobRun.class);
    static final ObjectMapper JSON = Json.MAPPER;

    /** Why the run stopped before its budget was spent. */
    public enum StopReason { CANCELLED, SHUTDOWN, LEASE_LOST }

    private record Report(double fraction, Long etaSeconds, String latestMetrics, NewMetricPoint point) {}

    private final ClaimedJob job;
    private final WorkerQueue queue;
    private final Heartbeats heartbeats;
    private final BooleanSupplier shuttingDown;
    private final WorkerMetrics metrics;
    private final Duration progressInterval;
    private final String checkpointPath;

    private volatile StopReason stopReason;
    private Report pending;
    private long lastWriteNanos;
    private int lastEpoch = -1;
    private long lastStepNanos;
    private long lastStep;
    private String latestMetrics;

    JobRun(ClaimedJob job, WorkerQueue queue, Heartbeats heartbeats, BooleanSupplier shuttingDown, WorkerMetrics metrics,
            Duration progressInterval, String checkpointPath) {
        this.job = job;
        this.queue = queue;
        this.heartbeats = heartbeats;
        this.shuttingDown = shuttingDown;
        this.metrics = metrics;
        this.progressInterval = progressInterval;
        this.checkpointPath = checkpointPath;
    }

    public StopReason stopReason() {
        return stopReason;
    }

    public long lastStep() {
        return lastStep;
    }

    /** The last metrics written (JSON), for the row of a finished job. */
    public String latestMetrics() {
        return latestMetrics;
    }

    boolean stopRequested() {
        if (stopReason != null) {
            return true;
        }
        if (heartbeats.isLost(job.lease())) {
            stopReason = StopReason.LEASE_LOST;
        } else if (shuttingDown.getAsBoolean()) {
            stopReason = StopReason.SHUTDOWN;
        } else {
            try {
                JobControl control = queue.control(job.lease());
                stopReason = control == JobControl.CANCEL ? StopReason.CANCELLED
                        : control == JobControl.LOST ? StopReason.LEASE_LOST : null;
            } catch (RuntimeException e) {
                // A database hiccup is no reason to stop: the heartbeat decides whether the lease still holds.
                log.warn("job {}: cannot read its row after step {}: {}", job.id(), lastStep, e.toString());
            }
        }
        return stopReason != null;
    }

    /**
     * Records one step's report and writes it when due. The latest metrics (JSON) repeat the point's
     * values, with {@code validBleu} only for a training; a non-finite loss or speed is written as null.
     */
    private void progress(NewMetricPoint point, long totalSteps, double fraction, double etaSeconds, boolean withBleu) {
        long now = System.nanoTime();
        if (lastStep > 0) { // the first report of an attempt also covers the vocabulary and the model's set-up
            metrics.step(job.kind().name(), Duration.ofNanos(now - lastStepNanos));
        }
        lastStepNanos = now;
        lastStep = point.step();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("step", point.step());
        values.put("totalSteps", totalSteps);
        values.put("epoch", point.epoch());
        values.put("trainLoss", point.trainLoss());
        values.put("validLoss", point.validLoss());
        if (withBleu) {
            values.put("validBleu", point.validBleu());
        }
        values.put("tokensPerSecond", point.tokensPerSecond());
        values.put("peakBytes", point.peakBytes());
        pending = new Report(fraction, Double.isFinite(etaSeconds) ? Math.round(etaSeconds) : null, json(values), point);
        boolean newEpoch = lastEpoch >= 0 && point.epoch() != lastEpoch;
        lastEpoch = point.epoch();
        if (newEpoch || now - lastWriteNanos >= progressInterval.toNanos()) {
            flush();
        }
    }

    private void flush() {
        Report r = pending;
        if (r == null) {
            return;
        }
        pending = null;
        lastWriteNanos = System.nanoTime();
        latestMetrics = r.latestMetrics();
        try {
            queue.progress(job.lease(), r.fraction(), r.etaSeconds(), r.latestMetrics(), r.point());
        } catch (RuntimeException e) {
            log.warn("job {}: cannot write progress at step {}: {}", job.id(), r.point().step(), e.toString());
        }
    }

    private void checkpointed(long step) {
        flush();
        try {
            queue.checkpointed(job.lease(), step, checkpointPath);
        } catch (RuntimeException e) {
            log.warn("job {}: cannot record the checkpoint at step {}: {}", job.id(), step, e.toString());
        }
    }

    SearchListener searchListener() {
        return new SearchListener() {
            @Override
            public void onProgress(SearchProgress p) {
                progress(new NewMetricPoint(p.step(), p.epoch(), finite(p.trainLoss()), p.validLoss(), null,
                        finite(p.tokensPerSecond()), p.peakBytes(), json(p.alphas())), p.totalSteps(), p.fraction(),
                        p.etaSeconds(), false);
            }

            @Override
            public boolean stopRequested() {
                return JobRun.this.stopRequested();
            }

            @Override
            public void onCheckpoint(long step) {
                checkpointed(step);
            }
        };
    }

    TrainListener trainListener() {
        return new TrainListener() {
            @Override
            public void onProgress(TrainProgress p) {
                progress(new NewMetricPoint(p.step(), p.epoch(), finite(p.trainLoss()), p.validLoss(), p.validBleu(),
                        finite(p.tokensPerSecond()), p.peakBytes(), null), p.totalSteps(), p.fraction(), p.etaSeconds(), true);
            }

            @Override
            public boolean stopRequested() {
                return JobRun.this.stopRequested();
            }

            @Override
            public void onCheckpoint(long step) {
                checkpointed(step);
            }
        };
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
