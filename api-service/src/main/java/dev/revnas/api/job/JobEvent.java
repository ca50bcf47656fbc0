package dev.revnas.api.job;

import java.time.Instant;

/**
 * One entry of a job's history as api-service and the workers record it (job_events).
 *
 * @param attempt the attempt it belongs to (0: before the first claim)
 * @param worker  the lease owner (worker id/slot) that the event is about; null for the API's own events
 */
public record JobEvent(long id, Instant at, String type, int attempt, String worker, String message) {}
