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
 * The mixed operation on one edge. Under DARTS's relaxation it is Σ_o softmax(α)_o · o(x):
 * every candidate runs. Under GDAS's ({@link GumbelSampler}) one op drawn by Gumbel-max runs,
 * forward and backward, and α gets the straight-through gradient of the Gumbel-softmax.
 * Evaluation under GDAS runs the argmax op. The architecture weights α are a parameter like
 * any other, shared by every layer of a stack unless the search asks for per-layer α.
 */
public final class MixedOp implements Op {
    private final List<Op> ops;
    private final Param alpha;
    private final GumbelSampler sampler;

    /** A DARTS edge. */
    public MixedOp(List<Op> ops, Param alpha) {
        this(ops, alpha, null);
    }

    /** @param sampler GDAS's draw, or null for DARTS's softmax over all ops */
    public MixedOp(List<Op> ops, Param alpha, GumbelSampler sampler) {
        if (ops.size() != alpha.value().length()) {
            throw new IllegalArgumentException(ops.size() + " ops but α has " + alpha.value().length() + " entries");
        }
        this.ops = List.copyOf(ops);
        this.alpha = alpha;
        this.sampler = sampler;
    }

    public Param alpha() {
        return alpha;
    }

    /** softmax(α), computed in double. */
    static double[] weights(Param alpha) {
        return softmax(alpha.value().toDoubleVector());
    }

    static double[] softmax(double[] logits) {
        double[] a = logits.clone();
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
        if (sampler == null) {
            return mixAll(x, env);
        }
        if (!env.training()) {
            return one(x, env, argmax(alpha.value().toDoubleVector()), null);
        }
        return one(x, env, -1, sampler.draw(alpha.value().toDoubleVector(), env.seed()));
    }

    private Pass mixAll(INDArray x, Env env) {
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
            addToAlphaGrad(dAlpha);
            return dx;
        });
    }

    /**
     * One op: the drawn one (GDAS, training) or the argmax (evaluation, {@code draw} null). The
     * forward value is h_c · o_c(x) with h = onehot(c) − sg(y) + y, y = softmax((α + G)/τ), so
     * h_c = 1. Only o_c ran, so ∂L/∂h_o is known for o = c alone: s = <g, o_c(x)>, and
     * ∂L/∂α_o = s · ∂y_c/∂α_o = s · y_c (δ_oc − y_o) / τ.
     */
    private Pass one(INDArray x, Env env, int argmax, GumbelSampler.Draw draw) {
        int c = draw != null ? draw.chosen() : argmax;
        if (ops.get(c) instanceof Zero) {
            return Pass.of(Nd4j.zeros(x.dataType(), x.shape()), g -> Nd4j.zeros(x.dataType(), x.shape()));
        }
        Pass pass = ops.get(c).forward(x, env.child(c));
        return Pass.of(pass.out(), g -> {
            if (draw != null) {
                double s = Nd4j.getBlasWrapper().dot(g, pass.out());
                double[] y = draw.relaxed();
                double[] dAlpha = new double[y.length];
                for (int o = 0; o < y.length; o++) {
                    dAlpha[o] = s * y[c] * ((o == c ? 1 : 0) - y[o]) / draw.tau();
                }
                addToAlphaGrad(dAlpha);
            }
            return pass.backward(g);
        });
    }

    private void addToAlphaGrad(double[] dAlpha) {
        alpha.grad().addi(Nd4j.create(dAlpha, alpha.value().shape(), alpha.value().dataType()));
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        if (sampler != null) {
            int c = argmax(alpha.value().toDoubleVector());
            return ops.get(c) instanceof Zero ? Nd4j.zeros(x.dataType(), x.shape()) : ops.get(c).advance(x, env.child(c), cache);
        }
        double[] w = weights(alpha);
        INDArray out = Nd4j.zeros(x.dataType(), x.shape());
        for (int o = 0; o < ops.size(); o++) {
            if (!(ops.get(o) instanceof Zero)) {
                Nd4j.getBlasWrapper().level1().axpy(out.length(), w[o], ops.get(o).advance(x, env.child(o), cache), out);
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
