package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {
    private static final String HISTORY = """
            {"candidates": {"encoder": ["zero", "ffn", "self_attn_2"], "decoder": ["zero", "ffn", "cross_attn_2"]},
             "history": [
               {"epoch": 1, "step": 10, "alphas": {"alpha.encoder.n1.e0": [0.3, 0.4, 0.3], "alpha.decoder.n1.e0": [0.2, 0.3, 0.5]}},
               {"epoch": 2, "step": 20, "alphas": {"alpha.encoder.n1.e0": [0.1, 0.2, 0.7], "alpha.decoder.n1.e0": [0.1, 0.1, 0.8]}}]}
            """;

    @Test
    void drawsACellPerEdgeOpAndSnapshotAndMarksTheOpEachEdgeEndsOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("alpha-history.json"), HISTORY);
        assertEquals(ExitCodes.OK, Main.run("plot", "alphas", "--search", dir.toString()));
        String svg = Files.readString(dir.resolve("alphas.svg"));
        assertEquals(2 * 3 * 2, svg.split("<rect x=").length - 1, "2 edges × 3 ops × 2 snapshots");
        assertTrue(svg.contains("font-weight=\"bold\">self_attn_2<"), "the encoder edge ends on self-attention");
        assertTrue(svg.contains("font-weight=\"bold\">cross_attn_2<"), "the decoder edge ends on cross-attention");
        assertTrue(svg.contains("<title>cross_attn_2 step 20: 0.8000</title>"), svg);
    }

    @Test
    void aSearchThatHasNotFinishedIsDrawnFromItsLastCheckpoint(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("search.json");
        Files.writeString(config, """
                {"searchSpace": {"ops": ["zero", "identity", "ffn", "cross_attn_2"], "splits": 2, "nodes": 1, "relaxation": "gumbel"},
                 "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "vocabSize": 300, "batchTokens": 256,
                 "budget": {"steps": 4}, "validateEvery": 2, "checkpointEvery": 2}
                """);
        Path out = dir.resolve("search");
        Path corpus = Path.of("..", "data", "samples", "en-de");
        assertEquals(ExitCodes.OK, Main.run("search", "--config", config.toString(), "--corpus", corpus.toString(), "--out", out.toString()));
        Files.delete(out.resolve("alpha-history.json")); // as if it were still running

        assertEquals(ExitCodes.OK, Main.run("plot", "alphas", "--search", out.toString()));
        String svg = Files.readString(out.resolve("alphas.svg"));
        assertTrue(svg.contains("the search has not finished"), "the title says where the history came from");
        assertTrue(svg.contains("decoder.n1.e0") && svg.contains(">cross_attn_2<"), svg);
    }

    @Test
    void aDirectoryWithoutHistoryIsBadInputNamingTheFile(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, Main.run("plot", "alphas", "--search", dir.toString()));
        assertTrue(Files.notExists(dir.resolve("alphas.svg")));
    }
}
