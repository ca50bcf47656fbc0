package dev.revnas.train;

import dev.revnas.InvalidInputException;
import dev.revnas.genotype.Genotype;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;

/**
 * The baseline Transformer at a searched network's size (design §7), with depths, heads and
 * vocabulary fixed. At the network's own width the FFN width is the one free dimension: the
 * count grows by the same amount per unit of it, and the baseline keeps that width when an FFN at
 * least as wide as the model matches. A searched network with two or more splits runs its ops at a
 * fraction of the width, so it is often smaller than a Transformer of its width whose FFN is that
 * narrow; the baseline is then the widest standard Transformer (FFN four times its width, width a
 * multiple of 2 · heads) not larger than the network, with its FFN widened to match.
 */
public final class EqualSize {
    /** How far apart the two counts may be, relative to the searched network's. */
    public static final double TOLERANCE = 0.02;
    /** The FFN width of a standard Transformer, relative to its model width (Vaswani et al.). */
    static final int STANDARD_FFN_RATIO = 4;

    private EqualSize() {}

    /**
     * A baseline's size against the network it was matched to.
     *
     * @param hidden the baseline's model width
     * @param ffn its FFN width
     * @param parameters its parameter count
     * @param matchedParameters the searched network's count
     */
    public record Match(int hidden, int ffn, long parameters, long matchedParameters) {}

    /**
     * The FFN width ≥ 1 whose baseline count, {@code atFfn1 + (ffn − 1) · perFfnUnit}, is nearest
     * {@code target}.
     *
     * @param field the input that asked for the match, named when none is within {@link #TOLERANCE}
     */
    public static int ffnWidth(long target, long atFfn1, long perFfnUnit, String field) {
        if (target < 1 || atFfn1 < 1 || perFfnUnit < 1) {
            throw new IllegalArgumentException("counts must be positive: target " + target + ", at FFN width 1 " + atFfn1
                    + ", per unit " + perFfnUnit);
        }
        long ffn = nearestFfn(target, atFfn1, perFfnUnit);
        long count = atFfn1 + (ffn - 1) * perFfnUnit;
        if (ffn > Integer.MAX_VALUE || Math.abs(count - target) > TOLERANCE * target) {
            throw new InvalidInputException(String.format("%s: the network to match has %,d parameters; the nearest baseline"
                    + " Transformer, with FFN width %d, has %,d, more than %.0f%% apart%s", field, target, ffn, count,
                    TOLERANCE * 100, ffn == 1 ? " (the baseline without its FFN is already larger: match a larger network,"
                            + " or give the baseline fewer layers or a smaller width)" : ""));
        }
        return (int) ffn;
    }

    /**
     * Sizes the baseline with {@code heads} heads to the genotype's network on {@code network}
     * (the same depths and vocabulary; the width as the class comment says). Builds each
     * candidate once to count it.
     */
    public static Match baseline(NetworkConfig network, int heads, Genotype genotype, String field) {
        long target = EncoderDecoder.reversible(network, genotype.splits(),
                new DerivedCells(genotype, network.encoderLayers(), network.decoderLayers(), network.dropout())).parameterCount();
        long atFfn1 = EncoderDecoder.baseline(network, heads, 1).parameterCount();
        long perFfnUnit = EncoderDecoder.baseline(network, heads, 2).parameterCount() - atFfn1;
        if (nearestFfn(target, atFfn1, perFfnUnit) >= network.hidden()) {
            return atWidth(network.hidden(), atFfn1, perFfnUnit, target, field);
        }
        int step = 2 * heads;
        for (int hidden = (network.hidden() - 1) / step * step; hidden >= step; hidden -= step) {
            NetworkConfig narrower = network.withHidden(hidden);
            if (EncoderDecoder.baseline(narrower, heads, STANDARD_FFN_RATIO * hidden).parameterCount() <= target) {
                long narrowAtFfn1 = EncoderDecoder.baseline(narrower, heads, 1).parameterCount();
                long narrowPerUnit = EncoderDecoder.baseline(narrower, heads, 2).parameterCount() - narrowAtFfn1;
                return atWidth(hidden, narrowAtFfn1, narrowPerUnit, target, field);
            }
        }
        throw new InvalidInputException(String.format("%s: the network to match has %,d parameters, fewer than the"
                + " narrowest baseline Transformer (width %d, FFN %d) has", field, target, step, STANDARD_FFN_RATIO * step));
    }

    private static long nearestFfn(long target, long atFfn1, long perFfnUnit) {
        return Math.max(1, 1 + Math.round((double) (target - atFfn1) / perFfnUnit));
    }

    private static Match atWidth(int hidden, long atFfn1, long perFfnUnit, long target, String field) {
        int ffn = ffnWidth(target, atFfn1, perFfnUnit, field);
        return new Match(hidden, ffn, atFfn1 + (ffn - 1) * perFfnUnit, target);
    }
}
