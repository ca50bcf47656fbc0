package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.ops.OpRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Where the answer is known, the search finds it: reversing a sequence needs attention. */
class AttentionFindingTest {
    /** α learns faster than DARTS's 3e-4 here so that the test runs in seconds; dropout off for a clean signal. */
    private static final String CONFIG = """
            {"searchSpace": {"encoderOps": ["zero", "identity", "ffn", "conv_3", "self_attn_2"],
                             "decoderOps": ["zero", "identity", "ffn", "conv_3", "cross_attn_2"],
                             "splits": 2, "nodes": 2, "edgesPerNode": 1},
             "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"steps": 60}, "seed": 4,
             "vocabSize": 16, "batchTokens": 64, "lr": 0.005, "warmupSteps": 10, "dropout": 0.0,
             "architecture": {"lr": 0.02}, "checkpointEvery": 1000}
            """;

    @Test
    void reversingASequenceSelectsAttentionOverConvolutionFfnAndSkip() {
        SearchResult result = Search.run(SearchConfig.parse(CONFIG, "test"), ReversalTask.data(1, DataType.FLOAT),
                SearchListener.NONE, null, false);
        Genotype g = result.genotype();

        // With one edge per node the output may skip node 1: dropping it is fine, forcing a cross-attention is not.
        assertTrue(g.provenance().notes().stream().noneMatch(n -> n.contains("no cross-attention among the strongest ops")),
                "no cross-attention had to be kept by rule: " + g.provenance().notes());
        for (List<Genotype.Edge> node : g.decoder().cells().get(0).nodes()) {
            assertTrue(node.stream().allMatch(e -> OpRegistry.isCrossAttention(e.op())),
                    "every decoder node reads the source by cross-attention: " + GenotypeJson.write(g));
        }
        double[] first = g.provenance().alphas().get("alpha.encoder.n1.e0");
        int strongest = 0;
        for (int o = 1; o < first.length; o++) {
            strongest = first[o] > first[strongest] ? o : strongest;
        }
        assertEquals(4, strongest, "the encoder's first edge prefers self-attention: " + java.util.Arrays.toString(first));
    }
}
