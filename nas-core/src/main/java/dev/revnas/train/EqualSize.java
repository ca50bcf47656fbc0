package dev.revnas.train;

import dev.revnas.InvalidInputException;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.search.DerivedCells;
import dev.revnas.search.Genotype;

/**
 * The baseline Transformer at a searched network's size (design §7): with width, depths,
 * heads and vocabulary fixed, its FFN width is the one free dimension, and its parameter count
 * grows by the same amount per unit of FFN width.
 */
public final class EqualSize {
    /** How far apart the two counts may be, relative to the searched network's. */
    public static final double TOLERANCE = 0.02;

    private EqualSize() {}

    /**
     * A baseline's size against the network it was matched to.
     *
     * @param parameters the baseline's count at FFN width {@code ffn}
     * @param matchedParameters the searched network's count
     */
    public record Match(int ffn, long parameters, long matchedParameters) {}

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
        long ffn = Math.max(1, 1 + Math.round((double) (target - atFfn1) / perFfnUnit));
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
     * Sizes the baseline with {@code heads} heads on {@code network} to the genotype's network
     * on the same {@code network} (the same width, depths and vocabulary); builds each once to count it.
     */
    public static Match baseline(NetworkConfig network, int heads, Genotype genotype, String field) {
        long target = EncoderDecoder.reversible(network, genotype.splits(),
                new DerivedCells(genotype, network.encoderLayers(), network.decoderLayers(), network.dropout())).parameterCount();
        long atFfn1 = EncoderDecoder.baseline(network, heads, 1).parameterCount();
        long perFfnUnit = EncoderDecoder.baseline(network, heads, 2).parameterCount() - atFfn1;
        int ffn = ffnWidth(target, atFfn1, perFfnUnit, field);
        return new Match(ffn, atFfn1 + (ffn - 1) * perFfnUnit, target);
    }
}
