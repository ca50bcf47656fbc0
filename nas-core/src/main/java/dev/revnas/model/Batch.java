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
        int tgtLen = targets.stream().mapToInt(t -> t.length + 1).max().orElseThrow();
        long[] tgtIn = new long[b * tgtLen];
        long[] tgtOut = new long[b * tgtLen];
        java.util.Arrays.fill(tgtIn, special.pad());
        java.util.Arrays.fill(tgtOut, special.pad());
        int[] tgtLengths = new int[b];
        for (int i = 0; i < b; i++) {
            int[] y = targets.get(i);
            tgtIn[i * tgtLen] = special.bos();
            for (int t = 0; t < y.length; t++) {
                tgtIn[i * tgtLen + t + 1] = y[t];
                tgtOut[i * tgtLen + t] = y[t];
            }
            tgtOut[i * tgtLen + y.length] = special.eos();
            tgtLengths[i] = y.length + 1;
        }
        Sources src = Sources.of(sources, special, type);
        return new Batch(src.ids(), src.mask(), Nd4j.createFromArray(tgtIn), Nd4j.createFromArray(tgtOut),
                SeqMask.ofLengths(type, tgtLengths, tgtLen));
    }

    /** Right-padded source ids with EOS appended, [batch·length], and their mask: what the encoder reads. */
    public record Sources(INDArray ids, SeqMask mask) {
        public static Sources of(List<int[]> sources, SpecialTokens special, DataType type) {
            Padded p = Padded.of(sources, special);
            return new Sources(Nd4j.createFromArray(p.ids()), SeqMask.ofLengths(type, p.lengths(), p.length()));
        }
    }

    /**
     * Source ids as plain arrays, for an engine that needs no ND4J array (ONNX Runtime): [b·length]
     * row-major, each sentence followed by EOS and padded with PAD; {@code lengths} count the EOS.
     */
    public record Padded(long[] ids, int[] lengths, int length) {
        public static Padded of(List<int[]> sources, SpecialTokens special) {
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no source sentences");
            }
            int b = sources.size();
            int length = sources.stream().mapToInt(s -> s.length + 1).max().orElseThrow();
            long[] ids = new long[b * length];
            java.util.Arrays.fill(ids, special.pad());
            int[] lengths = new int[b];
            for (int i = 0; i < b; i++) {
                int[] s = sources.get(i);
                for (int t = 0; t < s.length; t++) {
                    ids[i * length + t] = s[t];
                }
                ids[i * length + s.length] = special.eos();
                lengths[i] = s.length + 1;
            }
            return new Padded(ids, lengths, length);
        }
    }

    /** Target tokens that carry loss (including EOS). */
    public double targetTokens() {
        return target.tokens();
    }

    public int size() {
        return source.batch();
    }
}
