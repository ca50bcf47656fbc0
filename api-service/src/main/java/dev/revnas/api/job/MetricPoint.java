package dev.revnas.api.job;

import java.time.Instant;

/** One reported step of a job, as search-worker writes it into metric_points. */
public record MetricPoint(long step, int epoch, Instant at, Double trainLoss, Double validLoss, Double validBleu,
        Double tokensPerSecond, Long peakBytes) {}
