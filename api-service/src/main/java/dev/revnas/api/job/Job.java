package dev.revnas.api.job;

import dev.revnas.db.JobKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A search or training job in the one queue: api-service inserts it QUEUED, search-worker
 * claims it and writes its progress and result.
 */
@Entity
@Table(name = "jobs")
public class Job {
    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private JobKind kind;
    @Enumerated(EnumType.STRING)
    private JobStatus status;
    @Column(name = "dataset_id")
    private UUID datasetId;
    private String config;
    @Column(name = "source_job_id")
    private UUID sourceJobId;
    private String genotype;
    private long seed;
    private double progress;
    @Column(name = "eta_seconds")
    private Long etaSeconds;
    @Column(name = "latest_metrics")
    private String latestMetrics;
    private int attempts;
    @Column(name = "max_attempts")
    private int maxAttempts;
    @Column(name = "cancel_requested")
    private boolean cancelRequested;
    private String error;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Job() {}

    static Job queued(JobKind kind, UUID datasetId, String config, UUID sourceJobId, String genotype, long seed,
            int maxAttempts, UUID createdBy) {
        Job j = new Job();
        j.id = UUID.randomUUID();
        j.kind = kind;
        j.status = JobStatus.QUEUED;
        j.datasetId = datasetId;
        j.config = config;
        j.sourceJobId = sourceJobId;
        j.genotype = genotype;
        j.seed = seed;
        j.maxAttempts = maxAttempts;
        j.createdBy = createdBy;
        j.createdAt = Instant.now();
        j.updatedAt = j.createdAt;
        return j;
    }

    public UUID id() {
        return id;
    }

    public JobKind kind() {
        return kind;
    }

    public JobStatus status() {
        return status;
    }

    public UUID datasetId() {
        return datasetId;
    }

    public String config() {
        return config;
    }

    public UUID sourceJobId() {
        return sourceJobId;
    }

    public String genotype() {
        return genotype;
    }

    public long seed() {
        return seed;
    }

    public double progress() {
        return progress;
    }

    public Long etaSeconds() {
        return etaSeconds;
    }

    public String latestMetrics() {
        return latestMetrics;
    }

    public int attempts() {
        return attempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
