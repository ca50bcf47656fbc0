package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.revnas.corpus.Utf8Lines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --engine onnx and export --format onnx on a tiny trained baseline. */
class OnnxCommandsTest {
    private static final Path CORPUS = Path.of("..", "data", "samples", "en-de");

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void trainATinyBaseline() throws Exception {
        Path config = dir.resolve("train.json");
        Files.writeString(config, """
                {"hidden": 32, "encoderLayers": 1, "decoderLayers": 2, "heads": 2, "ffn": 64, "vocabSize": 300,
                 "batchTokens": 400, "lr": 0.003, "warmupSteps": 5, "validBleuSentences": 0, "testSentences": 4, "seed": 3}""");
        model = dir.resolve("model");
        assertEquals(ExitCodes.OK, Main.run("train", "--baseline", "--corpus", CORPUS.toString(), "--config", config.toString(),
                "--steps", "40", "--out", model.toString()));
    }

    /**
     * 60 sentences of the sample test split, beam 4: ONNX Runtime's translations are ND4J's. (The
     * whole en-de test split with a real model is in docs/benchmarks.md; ND4J takes minutes for it.)
     */
    @Test
    void bothEnginesTranslateTheTestSentencesAlike() throws Exception {
        Path test = dir.resolve("test");
        for (String side : List.of("en", "de")) {
            Files.write(dir.resolve("test." + side), Utf8Lines.readAll(CORPUS.resolve("test." + side)).subList(0, 60));
        }
        Path nd4j = dir.resolve("nd4j.txt");
        Path onnx = dir.resolve("onnx.txt");
        for (String[] run : List.of(new String[] {"nd4j", nd4j.toString()}, new String[] {"onnx", onnx.toString()})) {
            assertEquals(ExitCodes.OK, Main.run("evaluate", "--model", model.toString(), "--test", test.toString(),
                    "--beam", "4", "--engine", run[0], "--hypotheses", run[1]));
        }
        List<String> expected = Utf8Lines.readAll(nd4j);
        assertEquals(60, expected.size());
        assertEquals(expected, Utf8Lines.readAll(onnx));
    }

    @Test
    void exportWritesGraphsThatOnnxRuntimeLoads() throws Exception {
        Path out = dir.resolve("exported");
        assertEquals(ExitCodes.OK, Main.run("export", "--format", "onnx", "--model", model.toString(), "--out", out.toString()));
        try (var files = Files.list(out)) {
            assertEquals(Set.of("encoder.onnx", "decoder.onnx", "onnx.json", "vocab.json", "checksums.json"),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession decoder = env.createSession(out.resolve("decoder.onnx").toString())) {
            assertTrue(decoder.getInputNames().containsAll(Set.of("tokens", "position", "parents", "past_kT_1", "cross_v_1")));
            assertTrue(decoder.getOutputNames().containsAll(Set.of("log_probs", "present_kT_0", "present_v_1")));
        }
        assertTrue(Files.readString(out.resolve("onnx.json")).contains("\"v_1\""));

        assertEquals(ExitCodes.OK, Main.run("export", "--format", "onnx", "--model", model.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("model.onnx").resolve("decoder.onnx")), "MODEL.onnx beside the model by default");
    }

    @Test
    void badFormatEngineAndExistingOutputAreRefusedBeforeAnyWork() {
        Path out = dir.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, Main.run("export", "--format", "tflite", "--model", model.toString(), "--out", out.toString()));
        assertEquals(ExitCodes.BAD_INPUT, Main.run("export", "--format", "onnx", "--model", model.toString(), "--out", model.toString()));
        assertEquals(ExitCodes.BAD_INPUT, Main.run("evaluate", "--model", model.toString(), "--test", CORPUS.resolve("test").toString(),
                "--engine", "tpu"));
        assertFalse(Files.exists(out));
    }
}
