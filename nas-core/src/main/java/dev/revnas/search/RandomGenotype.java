package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.genotype.OpNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A genotype drawn at random from a search space, the sanity baseline of architecture search: the
 * shape derivation gives (the same stacks and cells, {@code nodes} nodes each keeping
 * {@code edgesPerNode} distinct incoming edges), each kept edge with one op drawn uniformly from
 * the stack's non-{@code zero} candidates. Cells with a dead node, or decoder cells without a
 * cross-attention, are drawn again, so the result is uniform over the genotypes that load.
 */
public final class RandomGenotype {
    /** Draws per cell before giving up; a valid cell has probability ≥ 1/nodes! for a chain. */
    private static final int ATTEMPTS = 100_000;

    private RandomGenotype() {}

    public static Genotype sample(SearchSpace space, int hidden, int encoderLayers, int decoderLayers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Genotype.Stack encoder = stack(space, space.encoderCandidates(), false, encoderLayers, random);
        Genotype.Stack decoder = stack(space, space.decoderCandidates(), true, decoderLayers, random);
        var provenance = new Genotype.Provenance("random", null, seed, null, Map.of("sampledFrom", space),
                space.decoderCandidates(), null, List.of("drawn uniformly from the search space with seed " + seed));
        Genotype g = Genotype.of(hidden, space.splits(), encoder, decoder, provenance);
        GenotypeJson.validate(g, "random sample (seed " + seed + ")");
        return g;
    }

    private static Genotype.Stack stack(SearchSpace space, List<String> candidates, boolean decoder, int layers,
            SplittableRandom random) {
        List<String> ops = candidates.stream().filter(op -> !op.equals("zero")).toList();
        List<Genotype.CellSpec> cells = new ArrayList<>();
        for (int c = 0; c < (space.perLayerAlpha() ? layers : 1); c++) {
            cells.add(cell(space, ops, decoder, random));
        }
        return new Genotype.Stack(layers, cells);
    }

    private static Genotype.CellSpec cell(SearchSpace space, List<String> ops, boolean decoder, SplittableRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<List<Genotype.Edge>> nodes = new ArrayList<>();
            boolean crossAttention = false;
            for (int k = 1; k <= space.nodes(); k++) {
                List<Genotype.Edge> edges = new ArrayList<>();
                for (int from : distinctInputs(k, Math.min(space.edgesPerNode(), k), random)) {
                    String op = ops.get(random.nextInt(ops.size()));
                    crossAttention |= OpNames.isCrossAttention(op);
                    edges.add(new Genotype.Edge(from, op));
                }
                nodes.add(edges);
            }
            Genotype.CellSpec cell = new Genotype.CellSpec(nodes);
            boolean allLive = true;
            for (boolean live : Genotype.live(cell)) {
                allLive &= live;
            }
            if (allLive && (crossAttention || !decoder)) {
                return cell;
            }
        }
        throw new InvalidInputException("searchSpace: no live " + (decoder ? "decoder" : "encoder") + " cell in " + ATTEMPTS
                + " random draws of " + space.nodes() + " nodes with " + space.edgesPerNode() + " edges each");
    }

    /** {@code count} distinct nodes of 0..k−1, in increasing order (a partial Fisher–Yates shuffle). */
    private static int[] distinctInputs(int k, int count, SplittableRandom random) {
        int[] nodes = new int[k];
        for (int i = 0; i < k; i++) {
            nodes[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(k - i);
            int t = nodes[i];
            nodes[i] = nodes[j];
            nodes[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(nodes, count);
        java.util.Arrays.sort(chosen);
        return chosen;
    }
}
