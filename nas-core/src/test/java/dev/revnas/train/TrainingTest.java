package dev.revnas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.TrainConfig;
import dev.revnas.decode.Translator;
import dev.revnas.genotype.Genotype;
import dev.revnas.ops.Param;
import dev.revnas.store.ModelManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
    /** The committed English–German sample (2,000 training pairs). */
    static final Path CORPUS = Path.of("..", "data", "samples", "en-de");

    static TrainConfig tiny(int steps) {
        return TrainConfig.parse("""
                {"hidden": 32, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 64, "vocabSize": 300,
                 "batchTokens": 400, "lr": 0.003, "warmupSteps": 5, "validBleuSentences": 4, "testSentences": 8, "checkpointEvery": 1000,
                 "budget": {"steps": %d}, "seed": 3}""".formatted(steps), "test");
    }

    static Genotype chain() {
        var cell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "self_attn_2")), List.of(new Genotype.Edge(1, "ffn"))));
        var decoderCell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "cross_attn_2")),
                List.of(new Genotype.Edge(1, "conv_3"))));
        return Genotype.of(32, 2, new Genotype.Stack(1, List.of(cell)), new Genotype.Stack(1, List.of(decoderCell)), null);
    }

    @Test
    void resumingContinuesExactlyAsAnUninterruptedTraining(@TempDir Path dir) throws Exception {
        TrainResult straight = Training.run(tiny(8), CORPUS, chain(), dir.resolve("a"), dir.resolve("a.train"), TrainListener.NONE, false);
        assertTrue(Files.isDirectory(dir.resolve("a.train").resolve("epoch-1")),
                "an epoch cut short by the budget is snapshotted with its final weights, for averaging");

        TrainListener stopAt4 = new TrainListener() {
            long seen;

            @Override
            public void onProgress(TrainProgress p) {
                seen = p.step();
            }

            @Override
            public boolean stopRequested() {
                return seen == 4;
            }
        };
        TrainResult half = Training.run(tiny(8), CORPUS, chain(), dir.resolve("b"), dir.resolve("b.train"), stopAt4, false);
        assertTrue(half.stopped());
        assertTrue(!Files.exists(dir.resolve("b")), "no model artifact from a stopped training");
        TrainResult resumed = Training.run(tiny(8), CORPUS, chain(), dir.resolve("b"), dir.resolve("b.train"), TrainListener.NONE, true);

        assertEquals(8, resumed.steps());
        assertEquals(straight.validLoss(), resumed.validLoss(), 1e-9);
        var a = ModelArtifact.load(dir.resolve("a")).model().params();
        var b = ModelArtifact.load(dir.resolve("b")).model().params();
        for (int i = 0; i < a.size(); i++) {
            Param p = a.get(i);
            assertTrue(p.value().equalsWithEps(b.get(i).value(), 0), p.name() + " differs after resume");
        }
    }

    @Test
    void trainingLowersTheLossAndWritesAModelThatTranslates(@TempDir Path dir) {
        TrainResult few = Training.run(tiny(1), CORPUS, null, dir.resolve("one"), null, TrainListener.NONE, false);
        TrainResult more = Training.run(tiny(40), CORPUS, null, dir.resolve("forty"), null, TrainListener.NONE, false);
        assertTrue(more.validLoss() < few.validLoss() - 0.5, "valid loss " + few.validLoss() + " → " + more.validLoss());
        assertTrue(more.testBleu() >= 0 && more.testChrf() >= 0);

        ModelArtifact.Loaded loaded = ModelArtifact.load(dir.resolve("forty"));
        assertEquals("en-de", loaded.manifest().pair());
        assertTrue(loaded.manifest().architecture().isBaseline());
        assertTrue(((String) loaded.manifest().provenance().get("corpusFingerprint")).length() == 64);
        List<String> out = new Translator(loaded.model(), loaded.vocabulary(), loaded.manifest().decoding().settings(), 250)
                .translate(List.of("Open file", "Save the document"), 2);
        assertEquals(2, out.size());
    }

    @Test
    void aCorruptedOrForeignArtifactIsRejectedNamingTheProblem(@TempDir Path dir) throws Exception {
        Training.run(tiny(1), CORPUS, chain(), dir.resolve("m"), null, TrainListener.NONE, false);
        Path weights = dir.resolve("m").resolve(ModelManifest.WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var truncated = assertThrows(InvalidInputException.class, () -> ModelArtifact.load(dir.resolve("m")));
        assertTrue(truncated.getMessage().contains("weights.tensors is corrupted"), truncated.getMessage());

        var missing = assertThrows(InvalidInputException.class, () -> ModelArtifact.load(dir.resolve("nothing")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aTargetTokenBudgetStopsAtTheUpdateThatReadsThem(@TempDir Path dir) throws Exception {
        Training.run(tiny(3), CORPUS, null, dir.resolve("steps"), null, TrainListener.NONE, false);
        long readIn3 = ((Number) ModelArtifact.load(dir.resolve("steps")).metrics().get("targetTokens")).longValue();
        TrainConfig byTokens = TrainConfig.parse(tiny(3).toJson().replace("{\"steps\":3}", "{\"targetTokens\":" + (readIn3 - 1) + "}"), "test");
        TrainResult r = Training.run(byTokens, CORPUS, null, dir.resolve("tokens"), null, TrainListener.NONE, false);
        assertEquals(3, r.steps(), "the third update reads the last of " + (readIn3 - 1) + " target tokens");
        assertEquals(readIn3, ((Number) ModelArtifact.load(dir.resolve("tokens")).metrics().get("targetTokens")).longValue());
    }

    @Test
    void aZeroBudgetIsRejectedNamingTheField() {
        var e = assertThrows(InvalidInputException.class, () -> TrainConfig.parse("{\"budget\": {\"targetTokens\": 0}}", "test"));
        assertTrue(e.getMessage().contains("budget.targetTokens is 0"), e.getMessage());
    }

    @Test
    void theBaselineRefusesReconstruction() {
        TrainConfig cfg = TrainConfig.parse("{\"mode\": \"reconstruct\", \"budget\": {\"steps\": 1}}", "test");
        var e = assertThrows(InvalidInputException.class, () -> cfg.backpropMode(true));
        assertTrue(e.getMessage().contains("not reversible"), e.getMessage());
    }
}
