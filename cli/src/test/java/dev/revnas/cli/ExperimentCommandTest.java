package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.corpus.CorpusSampler;
import dev.revnas.decode.StepModel;
import dev.revnas.train.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ExperimentCommandTest {
    @Test
    void anUnknownPairDirectoryExitsWith2BeforeAnyWork(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"pairs": {"en-de": {"corpus": "%s", "seeds": [1]}},
                 "search": {"budget": {"steps": 1}}, "train": {"budget": {"steps": 1}}}
                """.formatted(dir.resolve("en-xx")));
        assertEquals(2, Main.run("experiment", "--config", file.toString(), "--out", dir.resolve("out").toString()));
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aNegativeLengthPenaltyExitsWith2NamingItBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"pairs": {"en-de": {"corpus": "%s", "seeds": [1], "models": ["derived", "baseline"]}},
                 "search": {"budget": {"steps": 1}}, "train": {"budget": {"steps": 1}}}
                """.formatted(Path.of("..", "data", "samples", "en-de").toAbsolutePath()));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("experiment", "--config", file.toString(), "--out", dir.resolve("out").toString(),
                    "--tune-length-penalty", "0,-1"));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("--tune-length-penalty: -1.0 is not a length penalty"), captured.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("experiment", "--config", file.toString(), "--out", dir.resolve("out").toString(), "--tune-sentences", "100"));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("--tune-sentences chooses a length penalty"), captured.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void withEngineOnnxEveryModelIsScoredThroughOnnxRuntimeWithNd4jsTranslations(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("en-de");
        CorpusSampler.sample(Path.of("..", "data", "samples", "en-de"), corpus, new CorpusSampler.Sizes(100, 6, 10));
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"pairs": {"en-de": {"corpus": "%s", "seeds": [1], "models": ["derived", "baseline"]}},
                 "search": {"searchSpace": {"ops": ["zero", "ffn", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 2},
                            "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"targetTokens": 240}, "seed": 1,
                            "vocabSize": 300, "batchTokens": 96},
                 "train": {"hidden": 16, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "vocabSize": 300, "batchTokens": 96,
                           "lr": 0.003, "warmupSteps": 2, "validBleuSentences": 0, "averageLast": 1, "beam": 2,
                           "budget": {"targetTokens": 240}},
                 "resamples": 100}
                """.formatted(corpus));
        Path out = dir.resolve("out");
        assertEquals(0, Main.run("experiment", "--config", file.toString(), "--out", out.toString(), "--engine", "onnx"));

        JsonNode models = new ObjectMapper().readTree(out.resolve("results.json").toFile()).path("pairs").path("en-de")
                .path("seeds").path("1").path("models");
        for (String model : List.of("derived", "baseline")) {
            assertEquals("onnx", models.path(model).path("engine").asText(), model + ": " + models.path(model));
            Path stage = out.resolve("en-de").resolve(model + "-seed1");
            ModelArtifact.Loaded loaded = ModelArtifact.load(stage.resolve("model"));
            try (StepModel steps = loaded.nd4jSteps()) {
                Evaluation nd4j = Evaluation.run(loaded, steps, corpus.resolve("test").toString(), null, 32, done -> {});
                assertEquals(nd4j.hypotheses(), Files.readAllLines(stage.resolve("hypotheses.txt")), model);
            }
        }
    }
}
