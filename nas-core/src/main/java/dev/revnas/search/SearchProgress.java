package dev.revnas.search;

import java.util.Map;

/**
 * What a running search reports after each step.
 *
 * @param totalSteps −1 when the budget is in minutes
 * @param fraction of the budget done, 0..1
 * @param validLoss the latest validation loss per token, or null before the first validation
 * @param alphas softmax(α) of every edge, by α name
 * @param peakBytes the largest off-heap bytes ND4J held so far
 */
public record SearchProgress(long step, long totalSteps, int epoch, double fraction, double trainLoss, Double validLoss,
        Map<String, double[]> alphas, double tokensPerSecond, long peakBytes, double etaSeconds) {}
