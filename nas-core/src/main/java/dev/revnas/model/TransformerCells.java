package dev.revnas.model;

import dev.revnas.ops.Ffn;
import dev.revnas.ops.Init;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.Op;
import dev.revnas.ops.PreNormed;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed chain cell of a Transformer block: self-attention, (decoder) cross-attention,
 * feed-forward, each pre-normalised with dropout. The engine's default coupling, used where
 * no searched architecture is given (gradcheck, memory benchmark).
 */
public record TransformerCells(int heads, double dropout) implements CellFactory {

    @Override
    public Op cell(Init init, String name, int width, int modelWidth, boolean decoder, int layer) {
        List<Op> chain = new ArrayList<>();
        chain.add(new PreNormed(init, name + ".self", width,
                MultiHeadAttention.self(init, name + ".self.att", width, heads, decoder), dropout));
        if (decoder) {
            chain.add(new PreNormed(init, name + ".cross", width,
                    MultiHeadAttention.cross(init, name + ".cross.att", width, heads, modelWidth), dropout));
        }
        chain.add(new PreNormed(init, name + ".ffn", width, new Ffn(init, name + ".ffn.ffn", width, 4 * width), dropout));
        return Cell.chain(chain);
    }
}
