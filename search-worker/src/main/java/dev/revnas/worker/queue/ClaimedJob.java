package dev.revnas.worker.queue;

import dev.revnas.db.JobKind;
import java.util.UUID;

/**
 * A job this worker holds the lease on, with what running it needs.
 *
 * @param config the request as api-service stored it: SearchConfig or TrainConfig JSON
 * @param genotype training: the genotype JSON to train (null: the baseline Transformer)
 * @param datasetPath the dataset's corpus directory as stored (absolute, or relative to the artifact store)
 */
public record ClaimedJob(Lease lease, JobKind kind, UUID datasetId, String datasetPath, String pair, String config,
        String genotype, UUID sourceJobId, long seed, int maxAttempts) {

    public UUID id() {
        return lease.jobId();
    }

    public int attempt() {
        return lease.attempt();
    }
}
