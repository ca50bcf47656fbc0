package dev.revnas.worker.queue;

import java.util.UUID;

/**
 * The right to run one attempt of a job. Every write a worker makes to the job's row is guarded by
 * it, so a worker that lost its lease (it stalled past the expiry and another took over) changes nothing.
 *
 * @param owner the worker and its slot, e.g. {@code host-4242/0}
 * @param attempt the jobs.attempts value this claim set
 */
public record Lease(UUID jobId, String owner, int attempt) {}
