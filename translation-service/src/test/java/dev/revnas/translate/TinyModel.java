package dev.revnas.translate;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.DecodingSettings;
import dev.revnas.config.TrainConfig;
import dev.revnas.decode.Translator;
import dev.revnas.train.TrainListener;
import dev.revnas.train.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A tiny en-de model trained once per test run on the committed sample corpus (seconds, not quality). */
public final class TinyModel {
    public static final Path CORPUS = Path.of("..", "data", "samples", "en-de");
    private static Path dir;
    private static Translator reference;

    private TinyModel() {}

    /** The model artifact directory (trained on first use). */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tiny-model");
                TrainConfig config = TrainConfig.parse("""
                        {"hidden": 32, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 64, "vocabSize": 300,
                         "batchTokens": 400, "lr": 0.003, "warmupSteps": 5, "validBleuSentences": 4, "testSentences": 4,
                         "checkpointEvery": 1000, "budget": {"steps": 40}, "seed": 3}""", "tiny model");
                Training.run(config, CORPUS, null, root.resolve("tiny"), null, TrainListener.NONE, false);
                dir = root.resolve("tiny");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** What nas-core's own Translator makes of each sentence alone (beam 4): the answer the service must give. */
    public static synchronized String translateAlone(String sentence) {
        if (reference == null) {
            ModelArtifact.Loaded loaded = ModelArtifact.load(dir());
            reference = new Translator(loaded.model(), loaded.vocabulary(), DecodingSettings.beam(4), 250);
        }
        return reference.translate(List.of(sentence), 1).get(0);
    }

    /** The same with greedy decoding (beam 1). */
    public static synchronized String translateAloneGreedy(String sentence) {
        ModelArtifact.Loaded loaded = ModelArtifact.load(dir());
        return new Translator(loaded.model(), loaded.vocabulary(), DecodingSettings.beam(1), 250).translate(List.of(sentence), 1).get(0);
    }

    /** English sentences from the sample's test split. */
    public static List<String> sentences(int n) {
        try {
            return Files.readAllLines(CORPUS.resolve("test.en")).stream().filter(s -> !s.isBlank()).limit(n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the model directory (another deployment of the same weights). */
    public static Path copy(Path target) {
        try {
            Files.createDirectories(target);
            try (var files = Files.list(dir())) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
