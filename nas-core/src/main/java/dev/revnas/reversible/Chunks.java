package dev.revnas.reversible;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A hidden state [rows, d] split along features into n chunks [rows, d/n], each its own
 * contiguous array so that a coupling can update one in place.
 */
public final class Chunks {
    private final INDArray[] parts;

    private Chunks(INDArray[] parts) {
        this.parts = parts;
    }

    /** Copies h into n chunks. */
    public static Chunks split(INDArray h, int n) {
        long width = h.size(1) / n;
        INDArray[] parts = new INDArray[n];
        for (int i = 0; i < n; i++) {
            parts[i] = h.get(NDArrayIndex.all(), NDArrayIndex.interval(i * width, (i + 1) * width)).dup('c');
        }
        return new Chunks(parts);
    }

    public int count() {
        return parts.length;
    }

    public INDArray get(int i) {
        return parts[i];
    }

    /** The chunks side by side again, [rows, d] (a copy). */
    public INDArray joined() {
        return Nd4j.concat(1, parts);
    }

    /** u_i: every chunk but the i-th, side by side, [rows, (n−1)·d/n] (a copy). */
    public INDArray allBut(int i) {
        INDArray[] others = new INDArray[parts.length - 1];
        for (int j = 0, k = 0; j < parts.length; j++) {
            if (j != i) {
                others[k++] = parts[j];
            }
        }
        return others.length == 1 ? others[0].dup('c') : Nd4j.concat(1, others);
    }

    /** Adds the column blocks of {@code grad} (laid out like {@link #allBut(int)}) into the chunks j ≠ i. */
    public void addAllBut(int i, INDArray grad) {
        long width = parts[0].size(1);
        for (int j = 0, k = 0; j < parts.length; j++) {
            if (j != i) {
                parts[j].addi(grad.get(NDArrayIndex.all(), NDArrayIndex.interval(k * width, (k + 1) * width)));
                k++;
            }
        }
    }

    /** Zero chunks shaped like these (gradient accumulators). */
    public Chunks zerosLike() {
        INDArray[] zeros = new INDArray[parts.length];
        for (int i = 0; i < parts.length; i++) {
            zeros[i] = Nd4j.zeros(parts[i].dataType(), parts[i].shape());
        }
        return new Chunks(zeros);
    }
}
