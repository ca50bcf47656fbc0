package dev.revnas.model;

import dev.revnas.ops.SeqMask;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The encoder output of a batch of sources, [rows·srcLength, d], and their padding. */
public record Encoded(INDArray output, SeqMask source) {

    /** Each sentence repeated {@code times} times in a row (one row per beam hypothesis). */
    public Encoded repeat(int times) {
        int b = source.batch();
        int[] rows = new int[b * times];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i / times;
        }
        return select(rows);
    }

    /** Sentences {@code rows} (indices into this batch), in that order. */
    public Encoded select(int[] rows) {
        int s = source.length();
        long d = output.size(1);
        INDArray perSentence = output.reshape(source.batch(), (long) s * d);
        INDArray chosen = Nd4j.pullRows(perSentence, 1, rows).reshape((long) rows.length * s, d);
        return new Encoded(chosen, new SeqMask(Nd4j.pullRows(source.mask(), 1, rows)));
    }
}
