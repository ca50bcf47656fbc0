package dev.revnas.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The shape and padding of a batch of sequences: {@code mask[b, t]} is 1 for a token and 0
 * for padding. Built once per batch, outside any scratch scope, so ops may keep references.
 */
public final class SeqMask {
    /** Added to attention scores of padded keys; finite so that a fully masked row stays finite. */
    static final double MASKED_SCORE = -1e9;

    private final int batch;
    private final int length;
    private final INDArray mask;
    private INDArray keyBias;
    private INDArray causalBias;
    private Boolean padded;

    public SeqMask(INDArray mask) {
        if (mask.rank() != 2) {
            throw new IllegalArgumentException("mask must be [batch, length], got " + mask.shapeInfoToString());
        }
        this.batch = (int) mask.size(0);
        this.length = (int) mask.size(1);
        this.mask = mask;
    }

    /** A batch without padding. */
    public static SeqMask full(DataType type, int batch, int length) {
        return new SeqMask(Nd4j.ones(type, batch, length));
    }

    /** A right-padded batch: sequence b has {@code lengths[b]} tokens. */
    public static SeqMask ofLengths(DataType type, int[] lengths, int length) {
        INDArray mask = Nd4j.zeros(type, lengths.length, length);
        for (int b = 0; b < lengths.length; b++) {
            if (lengths[b] < 1 || lengths[b] > length) {
                throw new IllegalArgumentException("sequence " + b + " has length " + lengths[b] + ", allowed 1.." + length);
            }
            mask.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, lengths[b])).assign(1.0);
        }
        return new SeqMask(mask);
    }

    public int batch() {
        return batch;
    }

    public int length() {
        return length;
    }

    public int rows() {
        return batch * length;
    }

    /** [batch, length], 1 for tokens, 0 for padding. */
    public INDArray mask() {
        return mask;
    }

    /** The mask as a column [batch·length, 1], to zero padded rows of a sequence tensor. */
    public INDArray rowMask() {
        return mask.reshape(rows(), 1);
    }

    /**
     * [batch, 1, 1, length]: 0 for keys that may be attended, a large negative number for padding.
     * Built on first use (decoding builds a one-position target mask at every step and never asks).
     */
    public INDArray keyBias() {
        if (keyBias == null) {
            keyBias = Init.outsideWorkspaces(() -> mask.sub(1.0).muli(-MASKED_SCORE).reshape(batch, 1, 1, length));
        }
        return keyBias;
    }

    /** Whether any sequence is shorter than the length; without padding, {@link #keyBias()} is all zeros. */
    public boolean padded() {
        if (padded == null) {
            padded = mask.minNumber().doubleValue() < 1;
        }
        return padded;
    }

    /** [length, length]: 0 where a query may see a key (key ≤ query), a large negative number after it. */
    public INDArray causalBias() {
        if (causalBias == null) {
            causalBias = Init.outsideWorkspaces(() -> {
                double[][] bias = new double[length][length];
                for (int q = 0; q < length; q++) {
                    for (int k = q + 1; k < length; k++) {
                        bias[q][k] = MASKED_SCORE;
                    }
                }
                return Nd4j.create(bias).castTo(mask.dataType());
            });
        }
        return causalBias;
    }

    /** Number of tokens (non-padding positions). */
    public double tokens() {
        return mask.sumNumber().doubleValue();
    }
}
