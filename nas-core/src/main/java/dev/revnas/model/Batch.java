package dev.revnas.model;

import dev.revnas.ops.SeqMask;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One batch of sentence pairs as the network reads it: right-padded id matrices flattened
 * row-major to [batch·length], their masks, the decoder input (BOS + target) and the
 * decoder output (target + EOS).
 */
public record Batch(INDArray sourceIds, SeqMask source, INDArray targetInIds, INDArray targetOutIds, SeqMask target) {

    /** Builds a padded batch from id sequences (without BOS/EOS). */
    public static Batch of(List<int[]> sources, List<int[]> targets, SpecialTokens special, DataType type) {
        if (sources.size() != targets.size() || sources.isEmpty()) {
            throw new IllegalArgumentException("a batch needs as many sources as targets, at least one; got "
                    + sources.size() + " and " + targets.size());
        }
        int b = sources.size();
        int srcLen = sources.stream().mapToInt(s -> s.length + 1).max().orElseThrow();
        int tgtLen = targets.stream().mapToInt(t -> t.length + 1).max().orElseThrow();
        long[] src = new long[b * srcLen];
        long[] tgtIn = new long[b * tgtLen];
        long[] tgtOut = new long[b * tgtLen];
        java.util.Arrays.fill(src, special.pad());
        java.util.Arrays.fill(tgtIn, special.pad());
        java.util.Arrays.fill(tgtOut, special.pad());
        int[] srcLengths = new int[b];
        int[] tgtLengths = new int[b];
        for (int i = 0; i < b; i++) {
            int[] s = sources.get(i);
            for (int t = 0; t < s.length; t++) {
                src[i * srcLen + t] = s[t];
            }
            src[i * srcLen + s.length] = special.eos();
            srcLengths[i] = s.length + 1;
            int[] y = targets.get(i);
            tgtIn[i * tgtLen] = special.bos();
            for (int t = 0; t < y.length; t++) {
                tgtIn[i * tgtLen + t + 1] = y[t];
                tgtOut[i * tgtLen + t] = y[t];
            }
            tgtOut[i * tgtLen + y.length] = special.eos();
            tgtLengths[i] = y.length + 1;
        }
        return new Batch(Nd4j.createFromArray(src), SeqMask.ofLengths(type, srcLengths, srcLen),
                Nd4j.createFromArray(tgtIn), Nd4j.createFromArray(tgtOut), SeqMask.ofLengths(type, tgtLengths, tgtLen));
    }

    /** Target tokens that carry loss (including EOS). */
    public double targetTokens() {
        return target.tokens();
    }

    public int size() {
        return source.batch();
    }
}
