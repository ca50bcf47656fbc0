package dev.revnas.reversible;

import dev.revnas.config.BackpropMode;
import dev.revnas.ops.Env;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.SeqMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A stack of multi-split reversible layers over a hidden state of a given width. */
public final class ReversibleStack {
    private final List<ReversibleLayer> layers;
    private final int width;
    private final int splits;

    /**
     * Checks the shapes once, when the network is built: the width divides into the splits,
     * and every coupling maps (n−1)·w features to w (tried on a one-token batch).
     *
     * @param memoryWidth width of the encoder output decoder couplings read, 0 in the encoder
     */
    public ReversibleStack(String name, List<ReversibleLayer> layers, int width, int memoryWidth, DataType type) {
        if (layers.isEmpty()) {
            throw new dev.revnas.InvalidInputException(name + ": layers must be at least 1, got 0");
        }
        this.splits = layers.get(0).splits();
        if (splits < 2) {
            throw new dev.revnas.InvalidInputException(name + ": splits must be at least 2, got " + splits);
        }
        if (width % splits != 0) {
            throw new dev.revnas.InvalidInputException(name + ": hidden size " + width + " is not divisible by splits " + splits);
        }
        this.layers = List.copyOf(layers);
        this.width = width;
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).splits() != splits) {
                throw new dev.revnas.InvalidInputException(name + ": layer " + l + " has " + layers.get(l).splits()
                        + " splits, layer 0 has " + splits);
            }
            for (int i = 0; i < splits; i++) {
                checkCouplingShape(name + " layer " + l + " coupling " + i, layers.get(l).coupling(i), memoryWidth, type);
            }
        }
    }

    private void checkCouplingShape(String where, Op coupling, int memoryWidth, DataType type) {
        int chunk = width / splits;
        SeqMask one = SeqMask.full(type, 1, 1);
        Env env = memoryWidth > 0
                ? new Env(one, Nd4j.zeros(type, 1, memoryWidth), one, null, false, 0)
                : Env.encoder(one, false, 0);
        long[] shape;
        try {
            shape = coupling.forward(Nd4j.zeros(type, 1, (long) (splits - 1) * chunk), env).out().shape();
        } catch (RuntimeException e) {
            throw new dev.revnas.InvalidInputException(where + " cannot take input of width " + (splits - 1) * chunk
                    + " ((splits−1)·hidden/splits): " + e.getMessage(), e);
        }
        if (shape.length != 2 || shape[1] != chunk) {
            throw new dev.revnas.InvalidInputException(where + " outputs shape " + Arrays.toString(shape)
                    + " for one token, but its chunk is [1, " + chunk + "] (hidden " + width + " / splits " + splits + ")");
        }
    }

    /** The environment of coupling i of a layer: the stack's data, a seed of its own. */
    public static Env couplingEnv(Env stackEnv, int layer, int i) {
        return stackEnv.child(layer).child(i);
    }

    public int depth() {
        return layers.size();
    }

    public int splits() {
        return splits;
    }

    public int width() {
        return width;
    }

    public ReversibleLayer layer(int l) {
        return layers.get(l);
    }

    /** Runs the stack on {@code state} in place; see {@link Backprop#forward}. */
    public StackPass forward(Chunks state, Env env, BackpropMode mode) {
        return Backprop.of(mode).forward(this, state, env);
    }

    /** The inverse: turns the stack's output back into its input, in place (design §2). */
    public void inverse(Chunks state, Env env) {
        for (int layer = depth() - 1; layer >= 0; layer--) {
            for (int i = splits - 1; i >= 0; i--) {
                INDArray out = layers.get(layer).coupling(i).forward(state.allBut(i), couplingEnv(env, layer, i)).out();
                state.get(i).subi(out);
            }
        }
    }

    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>();
        layers.forEach(l -> all.addAll(l.params()));
        return new ArrayList<>(all);
    }
}
