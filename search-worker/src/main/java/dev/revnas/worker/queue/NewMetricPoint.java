package dev.revnas.worker.queue;

/** One metric_points row: a reported step's values (null where the run has none yet). */
public record NewMetricPoint(long step, int epoch, Double trainLoss, Double validLoss, Double validBleu,
        Double tokensPerSecond, Long peakBytes, String alphas) {}
