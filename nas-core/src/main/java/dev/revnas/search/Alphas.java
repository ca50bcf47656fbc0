package dev.revnas.search;

import dev.revnas.ops.Init;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The architecture parameters: one α vector (one entry per candidate op) per cell edge,
 * per stack, or per stack and layer, and under PC-DARTS one β vector per node (its
 * edge-normalisation weights, one entry per incoming edge). Initialised as DARTS does,
 * 1e-3 · N(0, 1).
 */
public final class Alphas {
    public static final String ENCODER = "encoder";
    public static final String DECODER = "decoder";

    private final Map<String, Param> byName = new LinkedHashMap<>();
    private final Map<String, Param> betas = new LinkedHashMap<>();

    /**
     * α whose softmax is {@code weights} (by α's name, as {@link #softmax} gives them): a recorded
     * search's α history, derived again. Kept in double, log(w), so the softmax gives w back.
     */
    public static Alphas ofWeights(Map<String, double[]> weights) {
        Alphas a = new Alphas();
        weights.forEach((name, w) -> {
            double[] logits = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                logits[i] = Math.log(w[i]);
            }
            a.byName.put(name, new Param(name, Nd4j.create(logits, new long[] {w.length}, DataType.DOUBLE)));
        });
        return a;
    }

    /** The α of edge j→k of a stack's cell; {@code layer} is −1 when α is shared by the stack's layers. */
    Param edge(Init init, String stack, int layer, int k, int j, int ops) {
        String name = name(stack, layer, k, j);
        return byName.computeIfAbsent(name, n -> init.normal(n, 1e-3, ops));
    }

    /** The β of node k of a stack's cell: one weight per incoming edge j &lt; k. */
    Param node(Init init, String stack, int layer, int k) {
        return betas.computeIfAbsent(betaName(stack, layer, k), n -> init.normal(n, 1e-3, k));
    }

    private static String betaName(String stack, int layer, int k) {
        return "beta." + stack + (layer < 0 ? "" : "." + layer) + ".n" + k;
    }

    /** softmax(β_k)_j, the edge-normalisation weight of edge j→k; 1 when the search has no β. */
    double edgeNormalisation(String stack, int layer, int k, int j) {
        Param beta = betas.get(betaName(stack, layer, k));
        return beta == null ? 1 : MixedOp.weights(beta)[j];
    }

    static String name(String stack, int layer, int k, int j) {
        return "alpha." + stack + (layer < 0 ? "" : "." + layer) + ".n" + k + ".e" + j;
    }

    public Param get(String stack, int layer, int k, int j) {
        Param p = byName.get(name(stack, layer, k, j));
        if (p == null) {
            throw new IllegalArgumentException("no α for " + name(stack, layer, k, j));
        }
        return p;
    }

    /** α and β: everything the architecture step updates. */
    public List<Param> params() {
        List<Param> all = new ArrayList<>(byName.values());
        all.addAll(betas.values());
        return all;
    }

    public boolean isAlpha(Param p) {
        return byName.get(p.name()) == p || betas.get(p.name()) == p;
    }

    /** softmax(α) of every edge by name, for progress reports and the α history. */
    public Map<String, double[]> softmax() {
        Map<String, double[]> out = new LinkedHashMap<>();
        byName.forEach((name, p) -> out.put(name, MixedOp.weights(p)));
        return out;
    }
}
