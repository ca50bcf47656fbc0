package dev.revnas.model;

import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A cell (design §4): node_0 is the input, node_k = Σ_{edges j→k} op(node_j) for k = 1..m,
 * and the output is node_m. A search cell has a MixedOp on every edge j &lt; k; a derived
 * cell keeps the chosen edges with one op each.
 */
public final class Cell implements Op {

    /** An edge from node {@code from} into the node that lists it. */
    public record Edge(int from, Op op) {}

    private final List<List<Edge>> nodes;

    /** @param nodes for k = 1..m, the edges into node k (each from a node j &lt; k) */
    public Cell(List<List<Edge>> nodes) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a cell needs at least 1 node");
        }
        for (int k = 1; k <= nodes.size(); k++) {
            if (nodes.get(k - 1).isEmpty()) {
                throw new IllegalArgumentException("node " + k + " has no incoming edge");
            }
            for (Edge e : nodes.get(k - 1)) {
                if (e.from() < 0 || e.from() >= k) {
                    throw new IllegalArgumentException("node " + k + " has an edge from node " + e.from()
                            + "; allowed 0.." + (k - 1));
                }
            }
        }
        this.nodes = nodes.stream().map(List::copyOf).toList();
    }

    /** A chain: node_k = ops[k−1](node_{k−1}). */
    public static Cell chain(List<Op> ops) {
        List<List<Edge>> nodes = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            nodes.add(List.of(new Edge(k, ops.get(k))));
        }
        return new Cell(nodes);
    }

    public List<List<Edge>> nodes() {
        return nodes;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        int m = nodes.size();
        INDArray[] values = new INDArray[m + 1];
        values[0] = x;
        List<List<Pass>> passes = new ArrayList<>(m);
        int edgeIndex = 0;
        for (int k = 1; k <= m; k++) {
            List<Pass> nodePasses = new ArrayList<>();
            for (Edge e : nodes.get(k - 1)) {
                Pass p = e.op().forward(values[e.from()], env.child(edgeIndex++));
                nodePasses.add(p);
                // The first term is copied: an op may return its input (identity).
                values[k] = values[k] == null ? p.out().dup() : values[k].addi(p.out());
            }
            passes.add(nodePasses);
        }
        return Pass.of(values[m], g -> {
            INDArray[] grads = new INDArray[m + 1];
            grads[m] = g;
            for (int k = m; k >= 1; k--) {
                List<Edge> edges = nodes.get(k - 1);
                for (int e = edges.size() - 1; e >= 0; e--) {
                    INDArray gIn = passes.get(k - 1).get(e).backward(grads[k]);
                    int from = edges.get(e).from();
                    grads[from] = grads[from] == null ? gIn.dup() : grads[from].addi(gIn);
                }
            }
            return grads[0];
        });
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        INDArray[] values = new INDArray[nodes.size() + 1];
        values[0] = x;
        int edgeIndex = 0;
        for (int k = 1; k <= nodes.size(); k++) {
            for (Edge e : nodes.get(k - 1)) {
                INDArray out = e.op().advance(values[e.from()], env.child(edgeIndex++), cache);
                values[k] = values[k] == null ? out.dup() : values[k].addi(out);
            }
        }
        return values[nodes.size()];
    }

    @Override
    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>();
        nodes.forEach(edges -> edges.forEach(e -> all.addAll(e.op().params())));
        return new ArrayList<>(all);
    }
}
