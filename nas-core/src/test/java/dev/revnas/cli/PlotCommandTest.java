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
    void aDirectoryWithoutHistoryIsBadInputNamingTheFile(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, Main.run("plot", "alphas", "--search", dir.toString()));
        assertTrue(Files.notExists(dir.resolve("alphas.svg")));
    }
}
