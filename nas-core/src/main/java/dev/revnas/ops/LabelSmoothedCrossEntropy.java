package dev.revnas.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Label-smoothed cross-entropy over the vocabulary with a padding mask, as fairseq's
 * label_smoothed_cross_entropy: the target gets 1−ε and every other token ε/(V−1).
 *
 * <p>ND4J's softmax_cross_entropy_loss wants dense one-hot labels [tokens, V] — as large as
 * the logits, the biggest activation of the step — so targets stay sparse here: the target
 * log-probabilities are gathered and the gradient's target entries scattered by index.
 */
public final class LabelSmoothedCrossEntropy {
    private final double smoothing;

    public LabelSmoothedCrossEntropy(double smoothing) {
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing must be in [0, 1), got " + smoothing);
        }
        this.smoothing = smoothing;
    }

    /** Summed loss over real tokens and, if asked, its gradient with respect to the logits. */
    public record Result(double loss, double nll, INDArray gradLogits) {}

    /**
     * @param logits [tokens, V]
     * @param targets [tokens] token ids
     * @param rowMask [tokens, 1], 1 for real tokens, 0 for padding
     * @param gradScale multiplies the gradient (e.g. 1 / number of tokens); 0 skips it
     */
    public Result apply(INDArray logits, INDArray targets, INDArray rowMask, double gradScale) {
        long n = logits.size(0);
        long vocab = logits.size(1);
        // One softmax and three row reductions instead of log_softmax then exp: on [4096, 8000]
        // ND4J's log_softmax alone took longer than all of these here. log-sum-exp comes from the
        // row maximum m and the largest probability: lse = m − log(max p), exact and never log(0).
        INDArray probs = Nd4j.exec(new SoftMax(logits, logits.ulike(), 1))[0];
        double[] maxLogit = logits.max(1).toDoubleVector();
        double[] maxProb = probs.max(1).toDoubleVector();
        double[] rowSum = logits.sum(1).toDoubleVector();
        INDArray flatIndex = Nd4j.arange(0, n).castTo(DataType.INT64).muli(vocab).addi(targets.castTo(DataType.INT64));
        double[] targetLogit = Nd4j.exec(new Gather(logits.reshape(n * vocab), flatIndex, 0))[0].toDoubleVector();
        double[] mask = rowMask.toDoubleVector();
        double other = smoothing / (vocab - 1);
        double onTarget = 1 - smoothing - other;
        double nll = 0;
        double sumAll = 0;
        for (int i = 0; i < n; i++) {
            if (mask[i] == 0) {
                continue;
            }
            double lse = maxLogit[i] - Math.log(maxProb[i]);
            nll -= targetLogit[i] - lse;
            sumAll -= rowSum[i] - vocab * lse; // −Σ_v log p_v
        }
        double loss = onTarget * nll + other * sumAll;
        if (gradScale == 0) {
            return new Result(loss, nll, null);
        }
        INDArray grad = probs.subi(other);
        TokenEmbedding.scatterAdd(grad.reshape(n * vocab), flatIndex,
                Nd4j.valueArrayOf(new long[] {n}, -onTarget, logits.dataType()));
        grad.muliColumnVector(rowMask.castTo(logits.dataType()).mul(gradScale));
        return new Result(loss, nll, grad);
    }
}
