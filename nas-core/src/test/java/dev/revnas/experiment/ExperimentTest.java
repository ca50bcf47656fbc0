package dev.revnas.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.CorpusSampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** A tiny experiment (width 16, 1+1 layers, a few steps) on a cut of the en-de sample. */
class ExperimentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STAGES = List.of("en-de/search", "en-de/derived-seed1", "en-de/baseline-seed1",
            "en-de/random-seed1");

    @TempDir
    static Path shared;
    static Path corpus;
    static Path uninterrupted;

    static String config(Path corpus) {
        return """
                {"pairs": {"en-de": {"corpus": "%s", "seeds": [1]}},
                 "search": {"searchSpace": {"ops": ["zero", "ffn", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 2},
                            "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"targetTokens": 240}, "seed": 1,
                            "vocabSize": 300, "batchTokens": 96, "checkpointEvery": 2},
                 "train": {"hidden": 16, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "vocabSize": 300, "batchTokens": 96,
                           "lr": 0.003, "warmupSteps": 2, "validBleuSentences": 0, "testSentences": 1, "checkpointEvery": 2,
                           "averageLast": 1, "beam": 1, "budget": {"targetTokens": 240}},
                 "resamples": 100}
                """.formatted(corpus);
    }

    @BeforeAll
    static void runUninterrupted() throws IOException {
        corpus = shared.resolve("en-de");
        CorpusSampler.sample(Path.of("..", "data", "samples", "en-de"), corpus, new CorpusSampler.Sizes(100, 6, 10));
        uninterrupted = shared.resolve("straight");
        Experiment.prepare(ExperimentConfig.parse(config(corpus), "test"), uninterrupted, ExperimentListener.NONE).run();
    }

    /** Thrown by the test's listener: the run stops where it is, as a killed process would. */
    static final class Killed extends RuntimeException {
        Killed(String where) {
            super(where);
        }
    }

    /** Kills the run when {@code stage} is 70% through {@code phase} (past its first checkpoint); records what the stages said. */
    static final class KillIn implements ExperimentListener {
        final String stage;
        final String phase;
        final List<String> log = new ArrayList<>();

        KillIn(String stage, String phase) {
            this.stage = stage;
            this.phase = phase;
        }

        @Override
        public void onStageStart(String s, String how) {
            log.add(s + ": " + how);
        }

        @Override
        public void onProgress(String s, String p, double fraction, double eta) {
            if (s.equals(stage) && p.equals(phase) && fraction >= 0.7) {
                throw new Killed(s + " " + p);
            }
        }

        @Override
        public void onLog(String line) {
            log.add(line);
        }
    }

    private static JsonNode results(Path out) throws IOException {
        JsonNode json = JSON.readTree(out.resolve(Results.JSON_FILE).toFile());
        stripTimes(json);
        return json;
    }

    /**
     * Wall-clock times differ from run to run; every other number must not, but for the search's
     * FLOPs, which a resumed search can count one validation pass more of (checked apart, to 0.1%).
     */
    private static void stripTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("seconds", "trainSeconds", "flops"));
        }
        node.forEach(ExperimentTest::stripTimes);
    }

    private static double searchFlops(Path out) throws IOException {
        return JSON.readTree(out.resolve(Results.JSON_FILE).toFile()).path("pairs").path("en-de").path("search").path("flops").asDouble();
    }

    @Test
    void anUninterruptedRunReportsEveryModelAndBothComparisons() throws IOException {
        JsonNode r = JSON.readTree(uninterrupted.resolve(Results.JSON_FILE).toFile());
        JsonNode seed = r.path("pairs").path("en-de").path("seeds").path("1");
        for (String model : List.of("derived", "baseline", "random")) {
            JsonNode m = seed.path("models").path(model);
            assertTrue(m.path("parameters").asLong() > 0 && m.has("bleu") && m.has("chrf") && m.has("bleuSignature"), model + ": " + m);
            assertTrue(m.path("targetTokens").asLong() >= 240, model + " read its budget: " + m);
            assertEquals("nd4j", m.path("engine").asText(), model + " was scored by the default engine: " + m);
            List<String> hypotheses = Files.readAllLines(uninterrupted.resolve("en-de").resolve(model + "-seed1").resolve("hypotheses.txt"));
            assertEquals(10, hypotheses.size());
            assertEquals(hypotheses.stream().mapToLong(h -> h.isBlank() ? 0 : h.strip().split("\\s+").length).sum(),
                    m.path("outputWords").asLong(), model + ": " + m);
            assertTrue(m.path("lengthRatio").asDouble() > 0 && m.has("repeatingLines"), model + ": " + m);
        }
        assertEquals(seed.path("models").path("derived").path("parameters").asLong(),
                seed.path("models").path("baseline").path("matchedParameters").asLong(), "the baseline is matched to derived");
        assertTrue(r.path("pairs").path("en-de").path("search").path("flops").asLong() > 0);
        for (String c : List.of("derived-baseline", "derived-random")) {
            JsonNode bleu = seed.path("comparisons").path(c).path("bleu");
            assertTrue(bleu.has("low") && bleu.has("high") && bleu.path("pValue").asDouble() > 0, c + ": " + bleu);
        }
        String md = Files.readString(uninterrupted.resolve(Results.MARKDOWN_FILE));
        assertTrue(md.contains("| en-de | 1 | derived |") && md.contains("| en-de | 1 | random | BLEU |") && md.contains("repeating lines"), md);
    }

    @Test
    void everyTrainingKeepsItsCurveOneRowPerUpdateAndTheChartDrawsTheThreeModels() throws IOException {
        JsonNode models = JSON.readTree(uninterrupted.resolve(Results.JSON_FILE).toFile()).path("pairs").path("en-de")
                .path("seeds").path("1").path("models");
        for (String model : List.of("derived", "baseline", "random")) {
            List<TrainingCurve.Point> curve = TrainingCurve.read(uninterrupted.resolve("en-de/" + model + "-seed1/curve.csv"));
            assertEquals(models.path(model).path("steps").asLong(), curve.size(), model + ": one row per update");
            for (int i = 0; i < curve.size(); i++) {
                assertEquals(i + 1, curve.get(i).step(), model + " row " + i);
            }
            assertEquals(models.path(model).path("targetTokens").asLong(), curve.get(curve.size() - 1).targetTokens(), model);
            assertTrue(curve.stream().allMatch(p -> Double.isFinite(p.trainLoss())), model);
        }
        String svg = CurvesChart.forSeed(uninterrupted, "en-de", 1);
        assertEquals(3, svg.split("<polyline").length - 1, "a line per model");
        assertTrue(svg.contains(">derived<") && svg.contains(">baseline<") && svg.contains(">random<"), svg);
        assertTrue(svg.contains("validation loss"), "the final validation losses are dots: " + svg);
        var none = assertThrows(InvalidInputException.class, () -> CurvesChart.forSeed(uninterrupted, "en-de", 7));
        assertTrue(none.getMessage().contains("no training curve for en-de seed 7"), none.getMessage());
    }

    @Test
    void theChartNamesAStageThatKeptNoCurveAndNotAModelTheExperimentDoesNotTrain(@TempDir Path dir) throws IOException {
        for (String model : List.of("derived", "baseline")) {
            Path from = uninterrupted.resolve("en-de/" + model + "-seed1");
            Path to = Files.createDirectories(dir.resolve("en-de/" + model + "-seed1"));
            for (String file : List.of(TrainingCurve.FILE, StageDone.FILE)) {
                Files.copy(from.resolve(file), to.resolve(file));
            }
        }
        Files.delete(dir.resolve("en-de/baseline-seed1").resolve(TrainingCurve.FILE));
        String svg = CurvesChart.forSeed(dir, "en-de", 1);
        assertTrue(svg.contains("en-de, seed 1 (no curve for baseline)"), svg);
        assertFalse(svg.contains("random"), "random was not trained here: " + svg);
    }

    @Test
    void killedInEachStageTheSameCommandFinishesWithTheUninterruptedResults(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("killed");
        ExperimentConfig config = ExperimentConfig.parse(config(corpus), "test");
        List<KillIn> kills = List.of(new KillIn("en-de/search", "search"), new KillIn("en-de/derived-seed1", "train"),
                new KillIn("en-de/baseline-seed1", "evaluate"), new KillIn("en-de/random-seed1", "train"));
        for (KillIn kill : kills) {
            assertThrows(Killed.class, () -> Experiment.prepare(config, out, kill).run(), kill.stage + " was not killed");
        }
        KillIn none = new KillIn("", "");
        Experiment.prepare(config, out, none).run();

        assertTrue(kills.get(1).log.contains("en-de/search: resuming from its checkpoint"), kills.get(1).log.toString());
        assertTrue(kills.get(2).log.contains("en-de/derived-seed1: resuming from its checkpoint"), kills.get(2).log.toString());
        assertTrue(none.log.contains("en-de/random-seed1: resuming from its checkpoint"), none.log.toString());
        assertTrue(none.log.contains("en-de/search: finished, skipped"), none.log.toString());
        assertEquals(results(uninterrupted), results(out));
        assertEquals(searchFlops(uninterrupted), searchFlops(out), 1e-3 * searchFlops(uninterrupted));
        for (String stage : List.of("derived-seed1", "baseline-seed1", "random-seed1")) {
            assertEquals(Files.readString(uninterrupted.resolve("en-de").resolve(stage).resolve("curve.csv")),
                    Files.readString(out.resolve("en-de").resolve(stage).resolve("curve.csv")), stage + ": the resumed curve");
        }
    }

    @Test
    void aCorruptedStageOutputIsRedoneAndTheLogSaysSo(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("copy");
        copyTree(uninterrupted, out);
        Path weights = out.resolve("en-de/derived-seed1/model/weights.tensors");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(weights, bytes);
        KillIn none = new KillIn("", "");
        Experiment.prepare(ExperimentConfig.parse(config(corpus), "test"), out, none).run();
        assertTrue(none.log.contains("en-de/derived-seed1: model/weights.tensors fails its SHA-256 checksum; redoing the stage"),
                none.log.toString());
        assertTrue(none.log.contains("en-de/derived-seed1: starting"), none.log.toString());
        assertTrue(none.log.contains("en-de/baseline-seed1: finished, skipped"), none.log.toString());
        assertEquals(results(uninterrupted), results(out));
    }

    @Test
    void aRecordOfFinishedStagesContinuesTheExperimentInAnEmptyOut(@TempDir Path dir) throws IOException {
        ExperimentConfig config = ExperimentConfig.parse(config(corpus), "test");
        Path first = dir.resolve("first");
        copyTree(uninterrupted, first);
        Path record = dir.resolve("record");
        Experiment.prepare(config, first, record, ExperimentListener.NONE).run(); // finished stages go into the record
        try (var files = Files.walk(record)) {
            List<String> names = files.map(p -> record.relativize(p).toString()).toList();
            assertTrue(names.contains("en-de/derived-seed1/hypotheses.txt") && names.contains("en-de/search/genotype.json"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("model/") || n.contains("checkpoint")), "no model, no checkpoints: " + names);
        }

        Path fresh = dir.resolve("fresh"); // another machine: nothing but the record
        KillIn none = new KillIn("", "");
        Experiment.prepare(config, fresh, record, none).run();
        for (String stage : STAGES) {
            assertTrue(none.log.contains(stage + ": restored from the record " + record.resolve(stage)), none.log.toString());
            assertTrue(none.log.contains(stage + ": finished, skipped"), none.log.toString());
        }
        assertTrue(none.log.stream().noneMatch(l -> l.endsWith("starting")), "nothing ran: " + none.log);
        assertEquals(results(uninterrupted), results(fresh));
        assertEquals(results(uninterrupted), results(record));

        Path hypotheses = record.resolve("en-de/baseline-seed1/hypotheses.txt");
        Files.writeString(hypotheses, "tampered\n");
        KillIn again = new KillIn("", "");
        Experiment.prepare(config, dir.resolve("third"), record, again).run();
        assertTrue(again.log.contains("en-de/baseline-seed1: the record's copy is not used: hypotheses.txt fails its SHA-256 checksum"),
                again.log.toString());
        assertTrue(again.log.contains("en-de/baseline-seed1: starting"), again.log.toString());
        assertEquals(results(uninterrupted), results(dir.resolve("third")));
        assertEquals(Files.readString(dir.resolve("third/en-de/baseline-seed1/hypotheses.txt")), Files.readString(hypotheses),
                "the redone stage is kept in the record again");
    }

    @Test
    void aTunedDecodingChoosesItsLengthPenaltyOnTheValidationSplitAndComparesTheModelsSoDecoded(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tuned");
        copyTree(uninterrupted, out);
        ExperimentConfig config = ExperimentConfig.parse(config(corpus), "test");
        // Only the models' own penalty (1.0): the tuned decoding must be the one their stages scored.
        KillIn own = new KillIn("", "");
        Experiment.prepare(config, out, own).tuneLengthPenalty(new LengthPenaltyTuning(List.of(1.0), 2)).run();
        JsonNode seed = JSON.readTree(out.resolve(Results.JSON_FILE).toFile()).path("pairs").path("en-de").path("seeds").path("1");
        for (String model : List.of("derived", "baseline", "random")) {
            assertTrue(own.log.contains("en-de/" + model + "-seed1: finished, skipped"), own.log.toString());
            assertTrue(own.log.contains("en-de/" + model + "-seed1-tuned: starting"), own.log.toString());
            JsonNode m = seed.path("models").path(model);
            assertEquals(1.0, m.path("tuned").path("lengthPenalty").asDouble(), model + ": " + m);
            assertEquals(2, m.path("tuned").path("validSentences").asInt(), model + ": " + m);
            assertEquals(m.path("bleu").asDouble(), m.path("tuned").path("bleu").asDouble(), 1e-12, model + ": " + m);
            assertEquals(Files.readString(out.resolve("en-de/" + model + "-seed1/hypotheses.txt")),
                    Files.readString(out.resolve("en-de/" + model + "-seed1-tuned/hypotheses.txt")), model);
        }
        for (String other : List.of("baseline", "random")) {
            assertEquals(seed.path("comparisons").path("derived-" + other).toString(),
                    seed.path("comparisons").path("derived-" + other + "-tuned").toString(), other);
        }

        // Another grid redoes the tuned stages only; killed in one, the same command finishes it.
        LengthPenaltyTuning grid = new LengthPenaltyTuning(List.of(0.0, 2.0), 2);
        KillIn kill = new KillIn("en-de/baseline-seed1-tuned", "decode");
        assertThrows(Killed.class, () -> Experiment.prepare(config, out, kill).tuneLengthPenalty(grid).run());
        assertTrue(kill.log.stream().anyMatch(l -> l.startsWith("en-de/derived-seed1-tuned: its inputs changed")), kill.log.toString());
        KillIn rest = new KillIn("", "");
        Experiment.prepare(config, out, rest).tuneLengthPenalty(grid).run();
        assertTrue(rest.log.contains("en-de/derived-seed1-tuned: finished, skipped"), rest.log.toString());
        assertTrue(rest.log.contains("en-de/baseline-seed1-tuned: starting"), rest.log.toString());
        assertTrue(rest.log.stream().noneMatch(l -> l.equals("en-de/baseline-seed1: starting")), "the training is not redone: " + rest.log);
        seed = JSON.readTree(out.resolve(Results.JSON_FILE).toFile()).path("pairs").path("en-de").path("seeds").path("1");
        for (String model : List.of("derived", "baseline", "random")) {
            JsonNode t = seed.path("models").path(model).path("tuned");
            double zero = t.path("validBleu").path("0.0").asDouble(Double.NaN);
            double two = t.path("validBleu").path("2.0").asDouble(Double.NaN);
            assertEquals(zero >= two ? 0.0 : 2.0, t.path("lengthPenalty").asDouble(), model + ": the better validation BLEU wins: " + t);
            assertEquals(10, Files.readAllLines(out.resolve("en-de/" + model + "-seed1-tuned/hypotheses.txt")).size(), model);
        }
        assertTrue(seed.path("comparisons").path("derived-baseline-tuned").path("bleu").has("pValue"), seed.toString());
        String md = Files.readString(out.resolve(Results.MARKDOWN_FILE));
        assertTrue(md.contains("## Decoding tuned on the validation split") && md.contains("| en-de | 1 | baseline, both decoding tuned | BLEU |"), md);

        // A stage restored from the record has no model: its decoding cannot be tuned, and the log says so.
        Path record = dir.resolve("record");
        copyTree(uninterrupted, dir.resolve("first"));
        Experiment.prepare(config, dir.resolve("first"), record, ExperimentListener.NONE).run();
        KillIn restored = new KillIn("", "");
        Experiment.prepare(config, dir.resolve("fresh"), record, restored).tuneLengthPenalty(grid).run();
        assertTrue(restored.log.contains("en-de/derived-seed1-tuned: not run, the model is not here (en-de/derived-seed1 was restored"
                + " from the record)"), restored.log.toString());
    }

    @Test
    void aLengthPenaltyGridWithANegativeOrNoPenaltyIsRefused() {
        var negative = assertThrows(InvalidInputException.class, () -> new LengthPenaltyTuning(List.of(1.0, -0.5), 10));
        assertTrue(negative.getMessage().startsWith("--tune-length-penalty: -0.5 is not a length penalty"), negative.getMessage());
        var none = assertThrows(InvalidInputException.class, () -> new LengthPenaltyTuning(List.of(), 10));
        assertTrue(none.getMessage().contains("at least one"), none.getMessage());
        var lines = assertThrows(InvalidInputException.class, () -> new LengthPenaltyTuning(List.of(1.0), 0));
        assertTrue(lines.getMessage().startsWith("--tune-sentences"), lines.getMessage());
    }

    @Test
    void aGivenGenotypeIsTrainedAsTheDerivedNetworkWithoutASearch(@TempDir Path dir) throws IOException {
        Path genotype = dir.resolve("genotype.json");
        Files.copy(uninterrupted.resolve("en-de/search/genotype.json"), genotype);
        String given = config(corpus).replace("\"seeds\": [1]}", "\"seeds\": [1], \"models\": [\"derived\"], \"genotype\": \"" + genotype + "\"}");
        KillIn log = new KillIn("", "");
        Path out = dir.resolve("out");
        Experiment.prepare(ExperimentConfig.parse(given, "test"), out, log).run();
        assertTrue(log.log.stream().noneMatch(l -> l.startsWith("en-de/search")), "no search: " + log.log);
        assertEquals(Files.readString(uninterrupted.resolve("en-de/derived-seed1/hypotheses.txt")),
                Files.readString(out.resolve("en-de/derived-seed1/hypotheses.txt")), "the search's own genotype, trained alike");

        String missing = config(corpus).replace("\"seeds\": [1]}", "\"seeds\": [1], \"genotype\": \"" + dir.resolve("none.json") + "\"}");
        var e = assertThrows(InvalidInputException.class,
                () -> Experiment.prepare(ExperimentConfig.parse(missing, "test"), dir.resolve("out2"), ExperimentListener.NONE));
        assertEquals("pairs.en-de.genotype", e.field(), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("out2")), "nothing written");
    }

    @Test
    void anUnknownPairDirectoryStopsBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("en-xx");
        var e = assertThrows(InvalidInputException.class,
                () -> Experiment.prepare(ExperimentConfig.parse(config(missing), "test"), dir.resolve("out"), ExperimentListener.NONE));
        assertTrue(e.getMessage().startsWith("pairs.en-de.corpus: "), e.getMessage());
        assertEquals("pairs.en-de.corpus", e.field());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aSearchSpaceWhoseRandomSampleCannotBeSizeMatchedStopsBeforeAnyWork(@TempDir Path dir) {
        String small = config(corpus).replace("[\"zero\", \"ffn\", \"self_attn_2\", \"cross_attn_2\"]", "[\"zero\", \"identity\", \"cross_attn_2\"]")
                .replace("\"vocabSize\": 100, \"batchTokens\": 96, \"lr\"", "\"vocabSize\": 16, \"batchTokens\": 96, \"lr\"")
                // At width 4 with 2 heads no narrower baseline exists, and the cells' ops run at width 2.
                .replace("\"train\": {\"hidden\": 16", "\"train\": {\"hidden\": 4");
        var e = assertThrows(InvalidInputException.class,
                () -> Experiment.prepare(ExperimentConfig.parse(small, "test"), dir.resolve("out"), ExperimentListener.NONE));
        assertTrue(e.getMessage().startsWith("search.searchSpace: the random architecture (randomSeed 1) cannot be size-matched"),
                e.getMessage());
    }

    @Test
    void anotherConfigInTheSameOutIsRefused() {
        String other = config(corpus).replace("\"resamples\": 100", "\"resamples\": 50");
        var e = assertThrows(InvalidInputException.class,
                () -> Experiment.prepare(ExperimentConfig.parse(other, "test"), uninterrupted, ExperimentListener.NONE));
        assertTrue(e.getMessage().contains("another config"), e.getMessage());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
