package dev.revnas.data;

/** Why cleaning dropped a pair; a pair is counted under the first reason that applies, in this order. */
public enum DropReason {
    /** A side is empty after normalisation. */
    EMPTY,
    /** A side has fewer tokens than the minimum. */
    TOO_SHORT,
    /** A side has more tokens than the maximum. */
    TOO_LONG,
    /** One side has more than maxRatio times the tokens of the other. */
    LENGTH_RATIO,
    /** The same (normalised) pair appeared earlier. */
    DUPLICATE
}
