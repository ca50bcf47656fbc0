package dev.revnas.search;

import dev.revnas.ops.Init;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The architecture parameters: one α vector (one entry per candidate op) per cell edge,
 * per stack, or per stack and layer. Initialised as DARTS does, 1e-3 · N(0, 1).
 */
public final class Alphas {
    public static final String ENCODER = "encoder";
    public static final String DECODER = "decoder";

    private final Map<String, Param> byName = new LinkedHashMap<>();

    /** The α of edge j→k of a stack's cell; {@code layer} is −1 when α is shared by the stack's layers. */
    Param edge(Init init, String stack, int layer, int k, int j, int ops) {
        String name = name(stack, layer, k, j);
        return byName.computeIfAbsent(name, n -> init.normal(n, 1e-3, ops));
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

    public List<Param> params() {
        return new ArrayList<>(byName.values());
    }

    public boolean isAlpha(Param p) {
        return byName.get(p.name()) == p;
    }

    /** softmax(α) of every edge by name, for progress reports and the α history. */
    public Map<String, double[]> softmax() {
        Map<String, double[]> out = new LinkedHashMap<>();
        byName.forEach((name, p) -> out.put(name, MixedOp.weights(p)));
        return out;
    }
}
