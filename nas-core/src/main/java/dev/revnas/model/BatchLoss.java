package dev.revnas.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What one forward and backward pass over a batch reports. Gradients are in the parameters.
 *
 * @param loss label-smoothed loss summed over target tokens
 * @param nll negative log-likelihood summed over target tokens
 * @param tokens target tokens (the loss is normalised by them)
 * @param inputGrads gradients with respect to the encoder and decoder stack inputs, when asked for
 */
public record BatchLoss(double loss, double nll, double tokens, INDArray[] inputGrads) {
    public double meanLoss() {
        return loss / tokens;
    }

    public double meanNll() {
        return nll / tokens;
    }
}
