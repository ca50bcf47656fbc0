package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.revnas.corpus.Utf8Lines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final Path CORPUS = Path.of("..", "data", "samples", "en-de");

    /** --hypotheses keeps what was scored: one line per source line, none after the last. */
    @Test
    void writesOneHypothesisPerSourceLine(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("train.json");
        Files.writeString(config, """
                {"hidden": 32, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 64, "vocabSize": 300,
                 "batchTokens": 400, "validBleuSentences": 0, "testSentences": 4, "seed": 3}""");
        Path model = dir.resolve("model");
        assertEquals(ExitCodes.OK, Main.run("train", "--baseline", "--corpus", CORPUS.toString(), "--config", config.toString(),
                "--steps", "2", "--out", model.toString()));
        Path hypotheses = dir.resolve("out").resolve("hyp.txt");
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--model", model.toString(), "--test", CORPUS.resolve("test").toString(),
                "--beam", "1", "--hypotheses", hypotheses.toString()));

        List<String> sources = Utf8Lines.readAll(CORPUS.resolve("test.en"));
        List<String> lines = Utf8Lines.readAll(hypotheses);
        assertEquals(sources.size(), lines.size());
        assertFalse(Files.readString(hypotheses).endsWith("\n\n"), "no empty line after the last hypothesis");
    }
}
