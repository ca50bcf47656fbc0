package dev.revnas.search;

import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.OpNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Derivation (design §6): for every node keep the {@code edgesPerNode} strongest incoming
 * edges, ranked by their best non-zero op weight, each with that op. Only live nodes — those
 * the cell's output (node m) reads through kept edges — stay in the cell; the others are
 * dropped and the rest renumbered. A decoder cell whose live ops include no cross-attention
 * gets one by rule: on its live edges, the cross-attention op with the largest weight replaces
 * that edge's op, so it lies on a path to the output. Asked to ({@code decoderContext}), a
 * decoder cell whose live ops read no other target position ({@link OpNames#mixesPositions})
 * gets one the same way, on a live edge other than the one holding its only cross-attention:
 * without one the decoder predicts each word from the source and the word before it alone
 * (docs/experiments.md). The rules are recorded in the notes, with nodes numbered as in the
 * search (as α is).
 */
public final class Derivation {
    private Derivation() {}

    /** A derived cell and what the rule had to decide for it. */
    record Derived(Genotype.CellSpec cell, String note) {}

    public static Genotype derive(SearchSpace space, Alphas alphas, int hidden, int encoderLayers, int decoderLayers,
            Genotype.Provenance provenance, List<String> notes) {
        return derive(space, alphas, hidden, encoderLayers, decoderLayers, false, provenance, notes);
    }

    /** @param decoderContext whether every decoder cell must read other target positions (the class comment) */
    public static Genotype derive(SearchSpace space, Alphas alphas, int hidden, int encoderLayers, int decoderLayers,
            boolean decoderContext, Genotype.Provenance provenance, List<String> notes) {
        Genotype.Stack encoder = stack(space, alphas, Alphas.ENCODER, encoderLayers, false, notes);
        Genotype.Stack decoder = stack(space, alphas, Alphas.DECODER, decoderLayers, decoderContext, notes);
        return Genotype.of(hidden, space.splits(), encoder, decoder, provenance);
    }

    private static Genotype.Stack stack(SearchSpace space, Alphas alphas, String stack, int layers, boolean context,
            List<String> notes) {
        List<String> candidates = stack.equals(Alphas.DECODER) ? space.decoderCandidates() : space.encoderCandidates();
        List<Genotype.CellSpec> cells = new ArrayList<>();
        int count = space.perLayerAlpha() ? layers : 1;
        for (int c = 0; c < count; c++) {
            int layer = space.perLayerAlpha() ? c : -1;
            Derived d = cell(space, alphas, stack, layer, candidates, context);
            cells.add(d.cell());
            if (d.note() != null) {
                notes.add(stack + (layer < 0 ? "" : " layer " + layer) + ": " + d.note());
            }
        }
        return new Genotype.Stack(layers, cells);
    }

    private record Choice(int from, int op, double weight, double[] weights) {}

    static Derived cell(SearchSpace space, Alphas alphas, String stack, int layer, List<String> candidates, boolean context) {
        List<Choice> kept = new ArrayList<>();
        List<Integer> keptNode = new ArrayList<>();
        for (int k = 1; k <= space.nodes(); k++) {
            List<Choice> incoming = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                double[] w = MixedOp.weights(alphas.get(stack, layer, k, j));
                int best = -1;
                for (int o = 0; o < w.length; o++) {
                    if (!candidates.get(o).equals("zero") && (best < 0 || w[o] > w[best])) {
                        best = o;
                    }
                }
                // PC-DARTS ranks an edge by its op weight times its edge-normalisation weight.
                incoming.add(new Choice(j, best, w[best] * alphas.edgeNormalisation(stack, layer, k, j), w));
            }
            incoming.sort(Comparator.comparingDouble(Choice::weight).reversed().thenComparingInt(Choice::from));
            List<Choice> keep = incoming.subList(0, Math.min(space.edgesPerNode(), incoming.size()));
            keep.sort(Comparator.comparingInt(Choice::from));
            for (Choice c : keep) {
                kept.add(c);
                keptNode.add(k);
            }
        }
        boolean[] live = Genotype.live(new Genotype.CellSpec(nodes(space.nodes(), kept, keptNode, candidates)));
        List<Integer> liveEdges = new ArrayList<>();
        for (int e = 0; e < kept.size(); e++) {
            if (live[keptNode.get(e)]) {
                liveEdges.add(e);
            }
        }
        List<String> notes = new ArrayList<>();
        List<Integer> dead = new ArrayList<>();
        for (int k = 1; k <= space.nodes(); k++) {
            if (!live[k]) {
                dead.add(k);
            }
        }
        if (!dead.isEmpty()) {
            notes.add("dropped node(s) " + dead + ": the cell's output (node " + space.nodes() + ") does not read them");
        }
        if (stack.equals(Alphas.DECODER)) {
            require(kept, keptNode, liveEdges, candidates, OpNames::isCrossAttention, "cross-attention", notes);
        }
        if (context && stack.equals(Alphas.DECODER)) {
            List<Integer> crossEdges = liveEdges.stream().filter(e -> OpNames.isCrossAttention(candidates.get(kept.get(e).op()))).toList();
            List<Integer> open = liveEdges.stream().filter(e -> crossEdges.size() > 1 || !crossEdges.contains(e)).toList();
            require(kept, keptNode, open, candidates, OpNames::mixesPositions, "op that reads other target positions", notes);
        }
        List<List<Genotype.Edge>> nodes = nodes(space.nodes(), kept, keptNode, candidates);
        // Live nodes are renumbered in order, so that a genotype never names a node nothing reads.
        int[] renumbered = new int[space.nodes() + 1];
        for (int k = 0, next = 0; k <= space.nodes(); k++) {
            renumbered[k] = live[k] ? next++ : -1;
        }
        List<List<Genotype.Edge>> liveNodes = new ArrayList<>();
        for (int k = 1; k <= space.nodes(); k++) {
            if (live[k]) {
                liveNodes.add(nodes.get(k - 1).stream().map(e -> new Genotype.Edge(renumbered[e.from()], e.op())).toList());
            }
        }
        return new Derived(new Genotype.CellSpec(liveNodes), notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * When no edge among {@code edges} holds an op that {@code wanted} accepts, puts the strongest
     * such op (by its weight on its edge) on its edge in place of the edge's op, and notes it.
     */
    private static void require(List<Choice> kept, List<Integer> keptNode, List<Integer> edges, List<String> candidates,
            Predicate<String> wanted, String what, List<String> notes) {
        if (edges.stream().anyMatch(e -> wanted.test(candidates.get(kept.get(e).op())))) {
            return;
        }
        int bestEdge = -1;
        int bestOp = -1;
        for (int e : edges) {
            for (int o = 0; o < candidates.size(); o++) {
                if (wanted.test(candidates.get(o)) && (bestEdge < 0 || kept.get(e).weights()[o] > kept.get(bestEdge).weights()[bestOp])) {
                    bestEdge = e;
                    bestOp = o;
                }
            }
        }
        if (bestEdge < 0) {
            notes.add("no " + what + " among the strongest ops, and no live edge that could take one");
            return;
        }
        Choice old = kept.get(bestEdge);
        notes.add(String.format(Locale.ROOT, "no %s among the strongest ops; kept %s (weight %.4f) on edge %d→%d in place of %s", what,
                candidates.get(bestOp), old.weights()[bestOp], old.from(), keptNode.get(bestEdge), candidates.get(old.op())));
        kept.set(bestEdge, new Choice(old.from(), bestOp, old.weights()[bestOp], old.weights()));
    }

    /** For k = 1..m, the kept edges into node k, numbered as in the search. */
    private static List<List<Genotype.Edge>> nodes(int m, List<Choice> kept, List<Integer> keptNode, List<String> candidates) {
        List<List<Genotype.Edge>> nodes = new ArrayList<>();
        for (int k = 1; k <= m; k++) {
            List<Genotype.Edge> edges = new ArrayList<>();
            for (int e = 0; e < kept.size(); e++) {
                if (keptNode.get(e) == k) {
                    edges.add(new Genotype.Edge(kept.get(e).from(), candidates.get(kept.get(e).op())));
                }
            }
            nodes.add(edges);
        }
        return nodes;
    }
}
