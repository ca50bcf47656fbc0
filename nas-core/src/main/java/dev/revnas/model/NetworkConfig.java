package dev.revnas.model;

import dev.revnas.InvalidInputException;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What every encoder–decoder shares, whatever its stacks: vocabulary, width, depths,
 * regularisation, number type and seed. Validated when built, so that a bad value fails
 * here with its name instead of deep inside ND4J.
 *
 * @param vocab size of the joint vocabulary
 * @param hidden model width d
 * @param dropout rate of every dropout in the network
 * @param labelSmoothing ε of the label-smoothed cross-entropy
 * @param tiedEmbeddings one table for source, target and output projection
 */
public record NetworkConfig(int vocab, int hidden, int encoderLayers, int decoderLayers, double dropout,
        double labelSmoothing, boolean tiedEmbeddings, DataType type, long seed) {

    public NetworkConfig {
        require(vocab >= 5, "vocab", vocab, "at least 5 (4 special tokens and one more)");
        require(hidden >= 2 && hidden % 2 == 0, "hidden", hidden, "a positive even number");
        require(encoderLayers >= 1, "encoderLayers", encoderLayers, "at least 1");
        require(decoderLayers >= 1, "decoderLayers", decoderLayers, "at least 1");
        require(dropout >= 0 && dropout < 1, "dropout", dropout, "in [0, 1)");
        require(labelSmoothing >= 0 && labelSmoothing < 1, "labelSmoothing", labelSmoothing, "in [0, 1)");
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw InvalidInputException.at("dtype", "dtype " + type + " is not supported; allowed: float, double");
        }
    }

    private static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            throw InvalidInputException.at(field, field + " is " + value + "; it must be " + allowed);
        }
    }

    public NetworkConfig withHidden(int width) {
        return new NetworkConfig(vocab, width, encoderLayers, decoderLayers, dropout, labelSmoothing, tiedEmbeddings, type, seed);
    }

    public NetworkConfig withLayers(int encoder, int decoder) {
        return new NetworkConfig(vocab, hidden, encoder, decoder, dropout, labelSmoothing, tiedEmbeddings, type, seed);
    }
}
