package dev.revnas.model;

import dev.revnas.config.BackpropMode;
import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Init;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.reversible.Chunks;
import dev.revnas.reversible.ReversibleLayer;
import dev.revnas.reversible.ReversibleStack;
import dev.revnas.reversible.StackPass;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A reversible stack whose coupling functions are cells (design §4), seen as a {@link SequenceStack}. */
public final class ReversibleSequenceStack implements SequenceStack {
    private final ReversibleStack stack;

    private ReversibleSequenceStack(ReversibleStack stack) {
        this.stack = stack;
    }

    /** Couplings F(u) = cell(Linear(LayerNorm(u))), one cell per coupling from {@code cells}. */
    public static ReversibleSequenceStack of(Init init, String name, int depth, int hidden, int splits, CellFactory cells,
            boolean decoder, DataType type) {
        if (splits < 2) {
            throw new dev.revnas.InvalidInputException(name + ": splits must be at least 2, got " + splits);
        }
        if (hidden % splits != 0) {
            throw new dev.revnas.InvalidInputException("hidden size " + hidden + " is not divisible by splits " + splits);
        }
        int w = hidden / splits;
        List<ReversibleLayer> layers = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            List<Op> couplings = new ArrayList<>(splits);
            for (int i = 0; i < splits; i++) {
                String prefix = name + "." + l + ".f" + i;
                couplings.add(new CellCoupling(init, prefix, (splits - 1) * w, w,
                        cells.cell(init, prefix + ".cell", w, hidden, decoder, l)));
            }
            layers.add(new ReversibleLayer(couplings));
        }
        return new ReversibleSequenceStack(new ReversibleStack(name, layers, hidden, decoder ? hidden : 0, type));
    }

    public ReversibleStack reversible() {
        return stack;
    }

    @Override
    public Pass forward(INDArray x, Env env, BackpropMode mode) {
        Chunks state = Chunks.split(x, stack.splits());
        StackPass pass = stack.forward(state, env, mode);
        return Pass.of(state.joined(), g -> {
            Chunks grad = Chunks.split(g, stack.splits());
            pass.backward(grad);
            return grad.joined();
        });
    }

    @Override
    public INDArray apply(INDArray x, Env env) {
        Chunks state = Chunks.split(x, stack.splits());
        stack.forward(state, env, BackpropMode.RECONSTRUCT);
        return state.joined();
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        Chunks state = Chunks.split(x, stack.splits());
        for (int layer = 0; layer < stack.depth(); layer++) {
            for (int i = 0; i < stack.splits(); i++) {
                Env coupling = ReversibleStack.couplingEnv(env, layer, i);
                state.get(i).addi(stack.layer(layer).coupling(i).advance(state.allBut(i), coupling, cache));
            }
        }
        return state.joined();
    }

    @Override
    public List<Param> params() {
        return stack.params();
    }

    @Override
    public int depth() {
        return stack.depth();
    }
}
