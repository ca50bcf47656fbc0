package dev.revnas.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What an op may read besides its input: the shape and padding of its sequences, the
 * encoder output it attends to (decoder only), whether it trains, and the dropout seed.
 *
 * <p>The seed is structural: containers give each child {@link #child(int)}, so a recomputed
 * forward pass draws exactly the same dropout masks as the original one.
 *
 * @param self the sequences the op's input is made of
 * @param encoderOutput the encoder output [batch·srcLength, modelWidth], or null in the encoder
 * @param sourceMask padding of the encoder output, or null
 * @param encoderOutputGrad where ops add the gradient with respect to {@code encoderOutput}; null when not training
 * @param training whether dropout is active
 * @param seed the seed of this call's dropout masks
 */
public record Env(SeqMask self, INDArray encoderOutput, SeqMask sourceMask, INDArray encoderOutputGrad,
        boolean training, long seed) {

    public static Env encoder(SeqMask self, boolean training, long seed) {
        return new Env(self, null, null, null, training, seed);
    }

    /** The environment of the index-th sub-op: same data, its own dropout seed. */
    public Env child(int index) {
        return new Env(self, encoderOutput, sourceMask, encoderOutputGrad, training, mix(seed, index));
    }

    public boolean hasMemory() {
        return encoderOutput != null;
    }

    /** SplitMix64 finaliser: decorrelates seeds that differ in one index. */
    public static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
