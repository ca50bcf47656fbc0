package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.ConfigJson;
import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.genotype.OpNames;
import dev.revnas.ops.Init;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class DerivationTest {
    private static final String OPS = "[\"zero\", \"ffn\", \"self_attn_2\", \"cross_attn_2\"]";

    /** Parsed as a job's config is, so that the test does not depend on the record's constructor. */
    private static SearchSpace space(int nodes, int edgesPerNode) {
        return ConfigJson.parse("{\"ops\": " + OPS + ", \"splits\": 2, \"nodes\": " + nodes + ", \"edgesPerNode\": " + edgesPerNode
                + "}", "test", SearchSpace.class);
    }

    private static Alphas alphas(SearchSpace space, long seed) {
        Alphas alphas = new Alphas();
        Init init = new Init(seed, DataType.DOUBLE);
        for (String stack : List.of(Alphas.ENCODER, Alphas.DECODER)) {
            int ops = stack.equals(Alphas.ENCODER) ? space.encoderCandidates().size() : space.decoderCandidates().size();
            for (int[] e : space.edges()) {
                alphas.edge(init, stack, -1, e[1], e[0], ops);
            }
        }
        return alphas;
    }

    @Test
    void withOneEdgePerNodeAndThreeNodesKeepsOnlyLiveNodesAndALiveCrossAttention() {
        SearchSpace space = space(3, 1);
        Alphas alphas = alphas(space, 1);
        // Encoder (zero, ffn, self_attn): node 3 reads node 1, so node 2 is dead.
        set(alphas, Alphas.ENCODER, 1, 0, 0, 2, 0);
        set(alphas, Alphas.ENCODER, 2, 0, 0, 0, 3);
        set(alphas, Alphas.ENCODER, 2, 1, 0, 1, 0);
        set(alphas, Alphas.ENCODER, 3, 0, 0, 0, 1);
        set(alphas, Alphas.ENCODER, 3, 1, 0, 3, 0);
        set(alphas, Alphas.ENCODER, 3, 2, 0, 1, 1);
        // Decoder (zero, ffn, self_attn, cross_attn): node 3 reads node 0, so the only cross-attention kept,
        // on edge 0→1, would sit on a dead node.
        set(alphas, Alphas.DECODER, 1, 0, 0, 0, 0, 3);
        set(alphas, Alphas.DECODER, 2, 0, 0, 0.5, 0, 0);
        set(alphas, Alphas.DECODER, 2, 1, 0, 2, 0, 0);
        set(alphas, Alphas.DECODER, 3, 0, 0, 0, 4, 1);
        set(alphas, Alphas.DECODER, 3, 1, 0, 1, 0, 0);
        set(alphas, Alphas.DECODER, 3, 2, 0, 1, 0, 0);
        List<String> notes = new ArrayList<>();
        Genotype g = Derivation.derive(space, alphas, 16, 1, 1, null, notes);

        assertEquals(List.of(List.of(new Genotype.Edge(0, "ffn")), List.of(new Genotype.Edge(1, "ffn"))),
                g.encoder().cells().get(0).nodes(), "node 2 is dropped; node 3 becomes node 2 and still reads node 1");
        assertEquals(List.of(List.of(new Genotype.Edge(0, "cross_attn_2"))), g.decoder().cells().get(0).nodes(),
                "nodes 1 and 2 are dropped; the cross-attention goes on the output's own edge");
        assertEquals(List.of(
                "encoder: dropped node(s) [2]: the cell's output (node 3) does not read them",
                "decoder: dropped node(s) [1, 2]: the cell's output (node 3) does not read them; no cross-attention among the "
                        + "strongest ops; kept cross_attn_2 (weight 0.0458) on edge 0→3 in place of self_attn_2"), notes);
        GenotypeJson.validate(g, "derived");
    }

    @Test
    void everyDerivedCellIsLiveAndItsCrossAttentionOnAPathToTheOutput() {
        for (int[] shape : new int[][] {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {3, 2}, {4, 2}}) {
            SearchSpace space = space(shape[0], shape[1]);
            for (long seed = 1; seed <= 40; seed++) {
                Genotype g = Derivation.derive(space, alphas(space, seed), 16, 1, 1, null, new ArrayList<>());
                for (Genotype.Stack stack : List.of(g.encoder(), g.decoder())) {
                    boolean[] live = Genotype.live(stack.cells().get(0));
                    for (int k = 0; k < live.length; k++) {
                        assertTrue(live[k], "nodes " + shape[0] + ", edgesPerNode " + shape[1] + ", seed " + seed + ": node " + k);
                    }
                }
                assertTrue(g.decoder().cells().get(0).nodes().stream().flatMap(List::stream)
                        .anyMatch(e -> OpNames.isCrossAttention(e.op())), "seed " + seed);
                GenotypeJson.validate(g, "derived with seed " + seed);
            }
        }
    }

    @Test
    void derivationKeepsTheStrongestNonZeroOpsAndAtLeastOneCrossAttention() {
        SearchSpace space = new SearchSpace(List.of("zero", "ffn", "self_attn_2", "cross_attn_2"), null, null, 2, 2, 1, false, null, null, null, null);
        Alphas alphas = new Alphas();
        var init = new dev.revnas.ops.Init(1, DataType.DOUBLE);
        for (String stack : List.of(Alphas.ENCODER, Alphas.DECODER)) {
            int ops = stack.equals(Alphas.ENCODER) ? 3 : 4;
            for (int[] e : space.edges()) {
                alphas.edge(init, stack, -1, e[1], e[0], ops);
            }
        }
        // Decoder: zero is strongest everywhere; cross-attention is never the best non-zero op.
        set(alphas, Alphas.DECODER, 1, 0, 5, 2, 1, 0.5);
        set(alphas, Alphas.DECODER, 2, 0, 5, 1, 3, 0.2);
        set(alphas, Alphas.DECODER, 2, 1, 5, 4, 0, 0.1);
        set(alphas, Alphas.ENCODER, 1, 0, 0, 1, 2);
        set(alphas, Alphas.ENCODER, 2, 0, 0, 0.5, 0);
        set(alphas, Alphas.ENCODER, 2, 1, 0, 3, 0);
        List<String> notes = new ArrayList<>();
        Genotype g = Derivation.derive(space, alphas, 16, 1, 1, null, notes);

        var enc = g.encoder().cells().get(0).nodes();
        assertEquals(List.of(new Genotype.Edge(0, "self_attn_2")), enc.get(0));
        assertEquals(List.of(new Genotype.Edge(1, "ffn")), enc.get(1), "node 2 keeps its stronger edge, from node 1");
        var dec = g.decoder().cells().get(0).nodes();
        assertEquals(List.of(new Genotype.Edge(0, "cross_attn_2")), dec.get(0),
                "the rule puts cross-attention on the kept edge where it weighs most");
        assertEquals(List.of(new Genotype.Edge(1, "ffn")), dec.get(1));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("kept cross_attn_2 (weight 0.0103) on edge 0→1 in place of ffn"), notes.get(0));
        GenotypeJson.validate(g, "derived");
    }

    @Test
    void withDecoderContextADecoderCellThatReadsNoOtherTargetPositionGetsItsStrongestSuchOpBesideItsCrossAttention() {
        SearchSpace space = space(2, 2);
        Alphas alphas = alphas(space, 1);
        set(alphas, Alphas.ENCODER, 1, 0, 0, 1, 2);
        set(alphas, Alphas.ENCODER, 2, 0, 0, 2, 1);
        set(alphas, Alphas.ENCODER, 2, 1, 0, 2, 1);
        // Decoder (zero, ffn, self_attn, cross_attn): cross-attention into node 1, ffn on both edges into node 2 —
        // the shape both experiment searches derived (with glu for ffn): nothing reads another target position.
        set(alphas, Alphas.DECODER, 1, 0, 0, 1, 0.5, 3);
        set(alphas, Alphas.DECODER, 2, 0, 0, 3, 2, 0);
        set(alphas, Alphas.DECODER, 2, 1, 0, 3, 1, 0);
        Genotype plain = Derivation.derive(space, alphas, 16, 1, 1, null, new ArrayList<>());
        List<String> notes = new ArrayList<>();
        Genotype context = Derivation.derive(space, alphas, 16, 1, 1, true, null, notes);

        assertEquals(List.of(List.of(new Genotype.Edge(0, "cross_attn_2")), List.of(new Genotype.Edge(0, "ffn"), new Genotype.Edge(1, "ffn"))),
                plain.decoder().cells().get(0).nodes());
        assertEquals(List.of(List.of(new Genotype.Edge(0, "cross_attn_2")),
                List.of(new Genotype.Edge(0, "self_attn_2"), new Genotype.Edge(1, "ffn"))), context.decoder().cells().get(0).nodes(),
                "self_attn_2 weighs more on edge 0→2 than on 1→2; the cross-attention stays");
        assertEquals(List.of("decoder: no op that reads other target positions among the strongest ops; kept self_attn_2 (weight 0.2507)"
                + " on edge 0→2 in place of ffn"), notes);
        assertEquals(plain.encoder(), context.encoder(), "the encoder is derived as before");
        GenotypeJson.validate(context, "derived");

        // One node, one edge: it holds the cross-attention, so no edge is left for another op.
        SearchSpace single = space(1, 1);
        List<String> none = new ArrayList<>();
        Genotype g = Derivation.derive(single, alphas(single, 2), 16, 1, 1, true, null, none);
        assertTrue(OpNames.isCrossAttention(g.decoder().cells().get(0).nodes().get(0).get(0).op()), g.toString());
        assertTrue(none.stream().anyMatch(n -> n.endsWith("no op that reads other target positions among the strongest ops, and no live"
                + " edge that could take one")), none.toString());
    }

    private static void set(Alphas alphas, String stack, int k, int j, double... values) {
        alphas.get(stack, -1, k, j).value().assign(Nd4j.createFromArray(values));
    }
}
