package dev.revnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.config.BackpropMode;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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
