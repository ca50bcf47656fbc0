package dev.revnas.model;

import dev.revnas.ops.Init;
import dev.revnas.ops.Op;

/** Builds the cell of one coupling function: width w in and out; decoder cells may read the encoder output. */
@FunctionalInterface
public interface CellFactory {

    /**
     * @param name parameter name prefix
     * @param width chunk width w
     * @param modelWidth width d of the encoder output (cross-attention keys and values)
     * @param decoder whether the cell is in the decoder (causal, may cross-attend)
     * @param layer index of the layer in its stack
     */
    Op cell(Init init, String name, int width, int modelWidth, boolean decoder, int layer);
}
