package dev.revnas.search;

import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.ops.Zero;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DARTS's mixed operation on one edge: Σ_o softmax(α)_o · o(x). The architecture weights α
 * are a parameter like any other (their gradient is accumulated by backward), shared by
 * every layer of a stack unless the search asks for per-layer α.
 */
public final class MixedOp implements Op {
    private final List<Op> ops;
    private final Param alpha;

    public MixedOp(List<Op> ops, Param alpha) {
        if (ops.size() != alpha.value().length()) {
            throw new IllegalArgumentException(ops.size() + " ops but α has " + alpha.value().length() + " entries");
        }
        this.ops = List.copyOf(ops);
        this.alpha = alpha;
    }

    public Param alpha() {
        return alpha;
    }

    /** softmax(α), computed in double. */
    static double[] weights(Param alpha) {
        double[] a = alpha.value().toDoubleVector();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.exp(a[i] - max);
            sum += a[i];
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        double[] w = weights(alpha);
        Pass[] passes = new Pass[ops.size()];
        INDArray out = Nd4j.zeros(x.dataType(), x.shape());
        for (int o = 0; o < ops.size(); o++) {
            if (ops.get(o) instanceof Zero) {
                continue; // contributes nothing, and its score <g, 0> is 0
            }
            passes[o] = ops.get(o).forward(x, env.child(o));
            Nd4j.getBlasWrapper().level1().axpy(out.length(), w[o], passes[o].out(), out);
        }
        return Pass.of(out, g -> {
            double[] score = new double[ops.size()];
            INDArray dx = Nd4j.zeros(x.dataType(), x.shape());
            for (int o = 0; o < ops.size(); o++) {
                if (passes[o] == null) {
                    continue;
                }
                score[o] = Nd4j.getBlasWrapper().dot(g, passes[o].out());
                INDArray dIn = passes[o].backward(g.mul(w[o]));
                dx.addi(dIn);
            }
            // ∂L/∂α_o = w_o (s_o − Σ_p w_p s_p), with s_o = <g, o(x)>: the softmax Jacobian.
            double mean = 0;
            for (int o = 0; o < w.length; o++) {
                mean += w[o] * score[o];
            }
            double[] dAlpha = new double[w.length];
            for (int o = 0; o < w.length; o++) {
                dAlpha[o] = w[o] * (score[o] - mean);
            }
            alpha.grad().addi(Nd4j.create(dAlpha, alpha.value().shape(), alpha.value().dataType()));
            return dx;
        });
    }

    @Override
    public INDArray step(INDArray x, Env env, DecodeCache cache) {
        double[] w = weights(alpha);
        INDArray out = Nd4j.zeros(x.dataType(), x.shape());
        for (int o = 0; o < ops.size(); o++) {
            if (!(ops.get(o) instanceof Zero)) {
                Nd4j.getBlasWrapper().level1().axpy(out.length(), w[o], ops.get(o).step(x, env.child(o), cache), out);
            }
        }
        return out;
    }

    /** The ops' weights, then α. */
    @Override
    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>();
        ops.forEach(o -> all.addAll(o.params()));
        all.add(alpha);
        return new ArrayList<>(all);
    }
}
