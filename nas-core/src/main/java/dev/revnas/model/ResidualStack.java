package dev.revnas.model;

import dev.revnas.InvalidInputException;
import dev.revnas.config.BackpropMode;
import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Ffn;
import dev.revnas.ops.Init;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.ops.PreNormed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The standard Transformer's stack (design §7): pre-LayerNorm residual blocks, x + sublayer(x),
 * with self-attention and FFN in the encoder and self-attention, cross-attention and FFN in
 * the decoder. Not reversible: it keeps its activations (standard backprop only).
 */
public final class ResidualStack implements SequenceStack {
    private final List<List<Op>> blocks;

    private ResidualStack(List<List<Op>> blocks) {
        this.blocks = blocks;
    }

    public static ResidualStack of(Init init, String name, int depth, int hidden, int heads, int ffn, double dropout,
            boolean decoder) {
        if (hidden % heads != 0) {
            throw new InvalidInputException("heads " + heads + " do not divide hidden " + hidden);
        }
        List<List<Op>> blocks = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            String p = name + "." + l;
            List<Op> block = new ArrayList<>();
            block.add(new PreNormed(init, p + ".self", hidden, MultiHeadAttention.self(init, p + ".self.att", hidden, heads, decoder), dropout));
            if (decoder) {
                block.add(new PreNormed(init, p + ".cross", hidden, MultiHeadAttention.cross(init, p + ".cross.att", hidden, heads, hidden), dropout));
            }
            block.add(new PreNormed(init, p + ".ffn", hidden, new Ffn(init, p + ".ffn.ffn", hidden, ffn), dropout));
            blocks.add(block);
        }
        return new ResidualStack(blocks);
    }

    @Override
    public Pass forward(INDArray x, Env env, BackpropMode mode) {
        if (mode != BackpropMode.STANDARD) {
            throw new InvalidInputException("the baseline Transformer is not reversible; train it in standard mode");
        }
        List<Pass> passes = new ArrayList<>();
        INDArray h = x;
        for (int l = 0; l < blocks.size(); l++) {
            for (int s = 0; s < blocks.get(l).size(); s++) {
                Pass p = blocks.get(l).get(s).forward(h, env.child(l).child(s));
                passes.add(p);
                h = h.add(p.out());
            }
        }
        return Pass.of(h, g -> {
            INDArray grad = g;
            for (int k = passes.size() - 1; k >= 0; k--) {
                grad = grad.add(passes.get(k).backward(grad));
            }
            return grad;
        });
    }

    @Override
    public INDArray apply(INDArray x, Env env) {
        INDArray h = x;
        for (int l = 0; l < blocks.size(); l++) {
            for (int s = 0; s < blocks.get(l).size(); s++) {
                h = h.add(blocks.get(l).get(s).forward(h, env.child(l).child(s)).out());
            }
        }
        return h;
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        INDArray h = x;
        for (int l = 0; l < blocks.size(); l++) {
            for (int s = 0; s < blocks.get(l).size(); s++) {
                h = h.add(blocks.get(l).get(s).advance(h, env.child(l).child(s), cache));
            }
        }
        return h;
    }

    /** Per layer, its pre-normed sublayers in order: self-attention, (decoder) cross-attention, FFN. */
    public List<List<Op>> blocks() {
        return blocks;
    }

    @Override
    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>();
        blocks.forEach(b -> b.forEach(op -> all.addAll(op.params())));
        return new ArrayList<>(all);
    }

    @Override
    public int depth() {
        return blocks.size();
    }
}
