package dev.revnas.worker.queue;

import dev.revnas.db.JobKind;
import dev.revnas.worker.system.JobsProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs table seen from a worker: claims with {@code FOR UPDATE SKIP LOCKED}, and every later
 * write guarded by the lease (job, owner, attempt) so that only the current holder changes the row.
 */
@Repository
public class WorkerQueue {
    private static final Logger log = LoggerFactory.getLogger(WorkerQueue.class);
    /** Rows settled (expired past their attempts, or cancelled) in one claim before giving the lock back. */
    private static final int MAX_SETTLED_PER_CLAIM = 20;
    private static final String HELD = " where id = :id and lease_owner = :owner and attempts = :attempt and status = 'RUNNING'";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JobsProperties jobs;

    public WorkerQueue(JdbcClient jdbc, TransactionTemplate tx, JobsProperties jobs) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.jobs = jobs;
    }

    private record Candidate(UUID id, String status, int attempts, int maxAttempts, boolean cancelRequested,
            String leaseOwner, String error) {}

    /**
     * Takes the oldest job that is queued or whose lease expired, marks it RUNNING under {@code owner}
     * and counts the attempt. An expired job that already had all its attempts is FAILED instead, a
     * cancelled one CANCELLED, and the next one is tried.
     */
    public Optional<ClaimedJob> claim(String owner, Duration leaseDuration) {
        return tx.execute(status -> {
            for (int settled = 0; settled < MAX_SETTLED_PER_CLAIM; settled++) {
                OffsetDateTime now = now();
                Optional<Candidate> next = jdbc.sql("""
                        select id, status, attempts, max_attempts, cancel_requested, lease_owner, error from jobs
                        where status = 'QUEUED' or (status = 'RUNNING' and lease_expires_at < :now)
                        order by created_at limit 1 for update skip locked""")
                        .param("now", now)
                        .query((rs, n) -> new Candidate(uuid(rs, "id"), rs.getString("status"), rs.getInt("attempts"),
                                rs.getInt("max_attempts"), rs.getBoolean("cancel_requested"), rs.getString("lease_owner"),
                                rs.getString("error")))
                        .optional();
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                Candidate c = next.get();
                if (c.status().equals("RUNNING")) {
                    event(c.id(), "LEASE_EXPIRED", c.attempts(), c.leaseOwner(),
                            "the lease of " + c.leaseOwner() + " expired; the job goes back to the queue");
                }
                int limit = jobs.limitFor(c.maxAttempts());
                if (c.cancelRequested()) {
                    settle(c.id(), "CANCELLED", null, now);
                    event(c.id(), "CANCELLED", c.attempts(), owner, "cancelled while its worker was gone");
                } else if (c.attempts() >= limit) {
                    String why = "attempted " + c.attempts() + " times (max_attempts " + limit + "); last attempt: "
                            + (c.error() != null ? c.error() : "its worker stopped renewing the lease (" + c.leaseOwner() + ")");
                    settle(c.id(), "FAILED", why, now);
                    event(c.id(), "FAILED", c.attempts(), owner, why);
                } else {
                    return Optional.of(take(c, owner, leaseDuration, now));
                }
            }
            return Optional.empty();
        });
    }

    private ClaimedJob take(Candidate c, String owner, Duration leaseDuration, OffsetDateTime now) {
        int attempt = c.attempts() + 1;
        jdbc.sql("""
                update jobs set status = 'RUNNING', lease_owner = :owner, lease_expires_at = :expires, attempts = :attempt,
                    started_at = coalesce(started_at, :now), updated_at = :now where id = :id""")
                .param("owner", owner).param("expires", now.plus(leaseDuration)).param("attempt", attempt)
                .param("now", now).param("id", c.id())
                .update();
        event(c.id(), "CLAIMED", attempt, owner, "attempt " + attempt + " of " + jobs.limitFor(c.maxAttempts()));
        Lease lease = new Lease(c.id(), owner, attempt);
        return jdbc.sql("""
                select j.kind, j.dataset_id, d.path, d.pair, j.config, j.genotype, j.source_job_id, j.seed, j.max_attempts
                from jobs j join datasets d on d.id = j.dataset_id where j.id = :id""")
                .param("id", c.id())
                .query((rs, n) -> new ClaimedJob(lease, JobKind.valueOf(rs.getString("kind")), uuid(rs, "dataset_id"),
                        rs.getString("path"), rs.getString("pair"), rs.getString("config"), rs.getString("genotype"),
                        uuid(rs, "source_job_id"), rs.getLong("seed"), jobs.limitFor(rs.getInt("max_attempts"))))
                .single();
    }

    private void settle(UUID id, String status, String error, OffsetDateTime now) {
        jdbc.sql("""
                update jobs set status = :status, error = :error, lease_owner = null, lease_expires_at = null,
                    finished_at = :now, updated_at = :now where id = :id""")
                .param("status", status).param("error", error).param("now", now).param("id", id)
                .update();
    }

    /** Pushes the lease's expiry forward; false when the lease is no longer ours. */
    public boolean renew(Lease lease, Duration leaseDuration) {
        OffsetDateTime now = now();
        return jdbc.sql("update jobs set lease_expires_at = :expires, updated_at = :now" + HELD)
                .param("expires", now.plus(leaseDuration)).param("now", now)
                .params(held(lease))
                .update() == 1;
    }

    /** Read after every step: whether to go on, stop for a cancel, or stop because the job is no longer ours. */
    public JobControl control(Lease lease) {
        return jdbc.sql("select status, lease_owner, attempts, cancel_requested from jobs where id = :id")
                .param("id", lease.jobId())
                .query((rs, n) -> {
                    boolean ours = "RUNNING".equals(rs.getString("status")) && lease.owner().equals(rs.getString("lease_owner"))
                            && rs.getInt("attempts") == lease.attempt();
                    return !ours ? JobControl.LOST : rs.getBoolean("cancel_requested") ? JobControl.CANCEL : JobControl.CONTINUE;
                })
                .optional().orElse(JobControl.LOST);
    }

    /** Progress (0..1), ETA and the latest metrics on the row, plus one metric point. */
    public boolean progress(Lease lease, double progress, Long etaSeconds, String latestMetrics, NewMetricPoint point) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            OffsetDateTime now = now();
            int updated = jdbc.sql("update jobs set progress = :progress, eta_seconds = :eta, latest_metrics = :metrics, updated_at = :now" + HELD)
                    .param("progress", progress).param("eta", etaSeconds).param("metrics", latestMetrics).param("now", now)
                    .params(held(lease))
                    .update();
            if (updated == 1) {
                jdbc.sql("""
                        insert into metric_points (job_id, at, step, epoch, train_loss, valid_loss, valid_bleu, tokens_per_second,
                            peak_bytes, alphas)
                        values (:job, :at, :step, :epoch, :trainLoss, :validLoss, :validBleu, :tps, :peak, :alphas)""")
                        .param("job", lease.jobId()).param("at", now).param("step", point.step()).param("epoch", point.epoch())
                        .param("trainLoss", point.trainLoss()).param("validLoss", point.validLoss())
                        .param("validBleu", point.validBleu()).param("tps", point.tokensPerSecond())
                        .param("peak", point.peakBytes()).param("alphas", point.alphas())
                        .update();
            }
            return updated == 1;
        }));
    }

    public boolean checkpointed(Lease lease, long step, String checkpointPath) {
        return tx.execute(status -> {
            int updated = jdbc.sql("update jobs set checkpoint_path = :path, updated_at = :now" + HELD)
                    .param("path", checkpointPath).param("now", now()).params(held(lease))
                    .update();
            if (updated == 1) {
                event(lease.jobId(), "CHECKPOINTED", lease.attempt(), lease.owner(), "step " + step);
            }
            return updated == 1;
        });
    }

    /** A search that spent its budget: the genotype goes on the row. */
    public boolean searchSucceeded(Lease lease, String genotype, String latestMetrics) {
        return tx.execute(status -> {
            OffsetDateTime now = now();
            int updated = jdbc.sql("""
                    update jobs set status = 'SUCCEEDED', genotype = :genotype, progress = 1, eta_seconds = 0,
                        latest_metrics = coalesce(:metrics, latest_metrics), error = null, lease_owner = null,
                        lease_expires_at = null, finished_at = :now, updated_at = :now""" + HELD)
                    .param("genotype", genotype).param("metrics", latestMetrics).param("now", now).params(held(lease))
                    .update();
            if (updated == 1) {
                event(lease.jobId(), "SUCCEEDED", lease.attempt(), lease.owner(), "genotype written");
            }
            return updated == 1;
        });
    }

    /** A training that finished: its model row and the job's success in one transaction. */
    public boolean trainingSucceeded(Lease lease, NewModel model, String latestMetrics) {
        return tx.execute(status -> {
            OffsetDateTime now = now();
            int updated = jdbc.sql("""
                    update jobs set status = 'SUCCEEDED', progress = 1, eta_seconds = 0,
                        latest_metrics = coalesce(:metrics, latest_metrics), error = null, lease_owner = null,
                        lease_expires_at = null, finished_at = :now, updated_at = :now""" + HELD)
                    .param("metrics", latestMetrics).param("now", now).params(held(lease))
                    .update();
            if (updated != 1) {
                return false;
            }
            jdbc.sql("delete from models where training_job_id = :job").param("job", lease.jobId()).update();
            jdbc.sql("""
                    insert into models (id, name, training_job_id, dataset_id, pair, path, architecture, genotype, parameters,
                        bleu, chrf, metrics, provenance, deployed, created_at)
                    values (:id, :name, :job, :dataset, :pair, :path, :architecture, :genotype, :parameters,
                        :bleu, :chrf, :metrics, :provenance, false, :now)""")
                    .param("id", model.id()).param("name", model.name()).param("job", lease.jobId())
                    .param("dataset", model.datasetId()).param("pair", model.pair()).param("path", model.path())
                    .param("architecture", model.architecture()).param("genotype", model.genotype())
                    .param("parameters", model.parameters()).param("bleu", model.bleu()).param("chrf", model.chrf())
                    .param("metrics", model.metrics()).param("provenance", model.provenance()).param("now", now)
                    .update();
            event(lease.jobId(), "SUCCEEDED", lease.attempt(), lease.owner(), "model " + model.name() + " (" + model.id() + ")");
            return true;
        });
    }

    /** A failure that another attempt would repeat (bad data, a diverged loss, out of memory). */
    public boolean failed(Lease lease, String message) {
        return finish(lease, "FAILED", message, "FAILED");
    }

    public boolean cancelled(Lease lease, String message) {
        return finish(lease, "CANCELLED", message, "CANCELLED");
    }

    private boolean finish(Lease lease, String status, String message, String eventType) {
        return tx.execute(s -> {
            OffsetDateTime now = now();
            int updated = jdbc.sql("""
                    update jobs set status = :status, error = :error, lease_owner = null, lease_expires_at = null,
                        finished_at = :now, updated_at = :now""" + HELD)
                    .param("status", status).param("error", status.equals("FAILED") ? message : null).param("now", now)
                    .params(held(lease))
                    .update();
            if (updated == 1) {
                event(lease.jobId(), eventType, lease.attempt(), lease.owner(), message);
            }
            return updated == 1;
        });
    }

    /**
     * An unexpected failure: back to the queue for another attempt, or FAILED once the job had its
     * {@code maxAttempts}.
     */
    public boolean retryOrFail(Lease lease, int maxAttempts, String message) {
        if (lease.attempt() >= maxAttempts) {
            return failed(lease, "attempt " + lease.attempt() + " of " + maxAttempts + " failed: " + message);
        }
        return tx.execute(s -> {
            int updated = jdbc.sql("""
                    update jobs set status = 'QUEUED', error = :error, lease_owner = null, lease_expires_at = null,
                        updated_at = :now""" + HELD)
                    .param("error", message).param("now", now()).params(held(lease))
                    .update();
            if (updated == 1) {
                event(lease.jobId(), "RETRY", lease.attempt(), lease.owner(), message);
            }
            return updated == 1;
        });
    }

    /** The worker is shutting down: the job goes back to the queue and this attempt does not count. */
    public boolean requeue(Lease lease, String message) {
        return tx.execute(s -> {
            int updated = jdbc.sql("""
                    update jobs set status = 'QUEUED', attempts = attempts - 1, lease_owner = null, lease_expires_at = null,
                        updated_at = :now""" + HELD)
                    .param("now", now()).params(held(lease))
                    .update();
            if (updated == 1) {
                event(lease.jobId(), "REQUEUED", lease.attempt(), lease.owner(), message);
            }
            return updated == 1;
        });
    }

    public void event(UUID job, String type, int attempt, String worker, String message) {
        jdbc.sql("insert into job_events (job_id, at, type, attempt, worker, message) values (:job, :at, :type, :attempt, :worker, :message)")
                .param("job", job).param("at", now()).param("type", type).param("attempt", attempt)
                .param("worker", worker).param("message", message)
                .update();
        log.info("job {} attempt {}: {} ({})", job, attempt, type, message);
    }

    private static java.util.Map<String, Object> held(Lease lease) {
        return java.util.Map.of("id", lease.jobId(), "owner", lease.owner(), "attempt", lease.attempt());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
