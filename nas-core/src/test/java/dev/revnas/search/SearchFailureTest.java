package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.train.TrainingDivergedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class SearchFailureTest {
    private static final String CONFIG = """
            {"searchSpace": {"ops": ["zero", "identity", "ffn", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 1},
             "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"steps": 30}, "seed": 2,
             "vocabSize": 16, "batchTokens": 64, "checkpointEvery": 1 EXTRA}
            """;

    @Test
    void aLossThatBlowsUpStopsTheSearchNamingTheStepAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) {
        SearchConfig exploding = SearchConfig.parse(CONFIG.replace("EXTRA", ", \"lr\": 1e6, \"warmupSteps\": 1, \"clipNorm\": 0"), "test");
        Path checkpoint = dir.resolve("checkpoint");
        var e = assertThrows(TrainingDivergedException.class,
                () -> Search.run(exploding, ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, checkpoint, false));
        assertTrue(e.getMessage().matches("loss is not finite at search step \\d+; the last good checkpoint \\(step \\d+\\) is kept in .*"),
                e.getMessage());
        assertTrue(Files.exists(checkpoint.resolve("checksums.json")), "the last good checkpoint is still there");
    }

    @Test
    void secondOrderDartsTakesItsOwnPath() {
        String steps = CONFIG.replace("\"steps\": 30", "\"steps\": 3");
        SearchResult first = Search.run(SearchConfig.parse(steps.replace("EXTRA", ""), "first"),
                ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, null, false);
        SearchResult second = Search.run(SearchConfig.parse(steps.replace("EXTRA", ", \"order\": \"second\""), "second"),
                ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, null, false);
        double[] a = first.genotype().provenance().alphas().get("alpha.decoder.n1.e0");
        double[] b = second.genotype().provenance().alphas().get("alpha.decoder.n1.e0");
        assertTrue(Arrays.stream(b).allMatch(Double::isFinite));
        assertNotEquals(Arrays.toString(a), Arrays.toString(b), "the unrolled gradient differs from the first-order one");
    }
}
