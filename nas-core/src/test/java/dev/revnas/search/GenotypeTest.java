package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.ops.Param;
import dev.revnas.reversible.BackpropMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GenotypeTest {
    static final String VALID = """
            {"kind": "revnas-genotype", "version": 1, "hidden": 16, "splits": 2,
             "encoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "self_attn_2"}], [{"from": 1, "op": "ffn"}, {"from": 0, "op": "identity"}]]}]},
             "decoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "cross_attn_2"}], [{"from": 1, "op": "conv_3"}]]}]}}
            """;

    @Test
    void roundTripsThroughJson() {
        Genotype g = GenotypeJson.parse(VALID, "test");
        assertEquals(g, GenotypeJson.parse(GenotypeJson.write(g), "again"));
        assertEquals("cross_attn_2", g.decoder().cells().get(0).nodes().get(0).get(0).op());
    }

    @Test
    void rejectsWhatNoNetworkCouldBeBuiltFrom() {
        expectError(VALID.replace("\"op\": \"ffn\"", "\"op\": \"frob\""), "unknown op 'frob'");
        expectError(VALID.replace("{\"from\": 1, \"op\": \"ffn\"}", "{\"from\": 2, \"op\": \"ffn\"}"), "node 2 reads node 2; allowed 0..1");
        expectError(VALID.replace("\"cross_attn_2\"", "\"self_attn_2\""), "decoder cell 0 has no cross-attention");
        expectError(VALID.replace("\"version\": 1", "\"version\": 7"), "has version 7");
        expectError(VALID.replace("\"op\": \"identity\"", "\"op\": \"cross_attn_2\""), "allowed in the decoder only");
        expectError(VALID.replace("\"splits\": 2", "\"splits\": 3"), "splits ≥ 2 dividing hidden");
        expectError("{\"kind\": \"revnas-genotype\"", "not valid");
    }

    @Test
    void rejectsADeadNodeNamingTheCellAndTheNode() {
        // Node 2, the output, reads node 0 only: node 1's cross-attention would run for nothing.
        expectError(VALID.replace("{\"from\": 1, \"op\": \"conv_3\"}", "{\"from\": 0, \"op\": \"conv_3\"}"),
                "genotype g.json decoder cell 0 node 1 is dead: the cell's output (node 2) does not read it");
    }

    private static void expectError(String json, String expected) {
        var e = assertThrows(InvalidInputException.class, () -> GenotypeJson.parse(json, "g.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
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

    private static void set(Alphas alphas, String stack, int k, int j, double... values) {
        alphas.get(stack, -1, k, j).value().assign(Nd4j.createFromArray(values));
    }

    @Test
    void aDerivedNetworkScaledUpTrainsInBothModesWithEqualGradients() {
        Genotype g = GenotypeJson.parse(VALID, "test");
        // Searched at 16 wide, 2+2 layers; trained at 24 wide, 3+3 layers.
        NetworkConfig config = new NetworkConfig(20, 24, 3, 3, 0.1, 0.1, false, DataType.DOUBLE, 5);
        EncoderDecoder model = EncoderDecoder.reversible(config, g.splits(), new DerivedCells(g, 3, 3, 0.1));
        Batch batch = SyntheticBatches.padded(4, 8, 20, DataType.DOUBLE, 2);
        model.zeroGrads();
        model.trainStep(batch, BackpropMode.STANDARD, 4, false);
        List<INDArray> standard = new ArrayList<>();
        model.params().forEach(p -> standard.add(p.grad().dup()));
        model.zeroGrads();
        model.trainStep(batch, BackpropMode.RECONSTRUCT, 4, false);
        for (int i = 0; i < standard.size(); i++) {
            Param p = model.params().get(i);
            double rel = p.grad().sub(standard.get(i)).norm2Number().doubleValue() / standard.get(i).norm2Number().doubleValue();
            assertTrue(rel < 1e-8, p.name() + ": " + rel);
        }
    }
}
