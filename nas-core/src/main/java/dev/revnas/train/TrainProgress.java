package dev.revnas.train;

/**
 * What a running training reports after each update.
 *
 * @param totalSteps −1 when the budget is in minutes (or epochs, whose length varies a little)
 * @param targetTokens target tokens read so far
 * @param validLoss, validBleu the latest validation results, or null before the first
 */
public record TrainProgress(long step, long totalSteps, long targetTokens, int epoch, double fraction, double trainLoss, Double validLoss,
        Double validBleu, double tokensPerSecond, long peakBytes, double etaSeconds) {}
