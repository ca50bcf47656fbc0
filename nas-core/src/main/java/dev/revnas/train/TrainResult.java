package dev.revnas.train;

import java.nio.file.Path;

/**
 * @param modelDir the model artifact (null when the training was stopped before the end)
 * @param testBleu, testChrf on the corpus's test split, with the final (averaged) weights
 * @param stopped true when the listener asked to stop before the end; resume to finish
 * @param matchedParameters the count of the network a size-matched baseline matches (null: not size-matched)
 */
public record TrainResult(Path modelDir, Double validLoss, Double validBleu, Double testBleu, Double testChrf,
        long parameters, long steps, boolean stopped, Long matchedParameters) {}
