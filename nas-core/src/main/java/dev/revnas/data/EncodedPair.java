package dev.revnas.data;

/** A sentence pair as subword ids, without BOS/EOS ({@link dev.revnas.model.Batch#of} adds them); arrays compare by identity. */
public record EncodedPair(int[] source, int[] target) {}
