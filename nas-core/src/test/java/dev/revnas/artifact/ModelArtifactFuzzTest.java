package dev.revnas.artifact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.Mutations;
import dev.revnas.config.DecodingSettings;
import dev.revnas.data.BpeConfig;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.genotype.Genotype;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.Sha256;
import dev.revnas.model.NetworkConfig;
import dev.revnas.store.ModelManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import tools.jackson.databind.ObjectMapper;

/**
 * A model directory with a mutated file is refused naming it, by its checksum or, with the checksums
 * recomputed, by what the file holds (truncated tensors, absurd sizes, a foreign architecture); never
 * with an unchecked exception or an out-of-memory error.
 */
class ModelArtifactFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path reversible;
    private Path baseline;

    @BeforeEach
    void writeModels() {
        BytePairEncoding bpe = BytePairEncoding.train(List.of("Open the file", "Öffne die Datei"), BpeConfig.of(270));
        NetworkConfig config = new NetworkConfig(bpe.vocabulary().size(), 8, 1, 1, 0.1, 0.1, true, DataType.FLOAT, 1);
        var cell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "self_attn_2")), List.of(new Genotype.Edge(1, "ffn"))));
        var decoderCell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "cross_attn_2"))));
        Genotype genotype = Genotype.of(8, 2, new Genotype.Stack(1, List.of(cell)), new Genotype.Stack(1, List.of(decoderCell)), null);
        reversible = write("reversible", ModelManifest.Architecture.reversible(2, genotype), config, bpe);
        baseline = write("baseline", ModelManifest.Architecture.baseline(2, 16), config, bpe);
    }

    private Path write(String name, ModelManifest.Architecture architecture, NetworkConfig config, BytePairEncoding bpe) {
        Path dir = tmp.resolve(name);
        var manifest = ModelArtifact.manifest(architecture, config, "en-de", "en", "de", DecodingSettings.beam(2), Map.of("seed", 1));
        ModelArtifact.write(dir, manifest, ModelArtifact.build(architecture, config), bpe, Map.of("bleu", 1.5));
        return dir;
    }

    /** Loads the model as translate and translation-service do, decoding settings included. */
    private static void load(Path dir) {
        ModelArtifact.load(dir).manifest().decoding().settings();
    }

    /** Mutates {@code file} of {@code dir}, recomputing checksums.json when {@code resign}, and loads the model. */
    private static Mutations.Verdicts fuzz(Path dir, String file, long seed, int count, boolean resign) throws IOException {
        Path target = dir.resolve(file);
        return Mutations.feed(Mutations.of(Files.readAllBytes(target), seed, count), dir.toString(), m -> {
            Files.write(target, m.bytes());
            if (resign) {
                resign(dir);
            }
            load(dir);
        });
    }

    /** What someone who edits a model directory by hand does after: checksums.json made to agree again. */
    private static void resign(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals(AtomicDirectory.CHECKSUMS)).toList()) {
                sums.put(f.getFileName().toString(), Sha256.hexOf(f));
            }
        }
        JSON.writeValue(dir.resolve(AtomicDirectory.CHECKSUMS).toFile(), sums);
    }

    @Test
    void anyChangedFileFailsItsChecksumNamingTheFile() throws IOException {
        for (String file : List.of(ModelManifest.FILE, ModelManifest.WEIGHTS, ModelManifest.VOCABULARY, ModelManifest.METRICS)) {
            var verdicts = fuzz(reversible, file, 10, 20, false);
            assertTrue(verdicts.refused() >= 20, file + ": " + verdicts);
        }
    }

    @Test
    void mutatedChecksumFilesAreReadOrRefusedNamingTheModel() throws IOException {
        var verdicts = fuzz(reversible, AtomicDirectory.CHECKSUMS, 11, 120, false);
        assertTrue(verdicts.refused() > 90, verdicts.toString());
    }

    @Test
    void mutatedModelManifestsAreLoadedOrRefusedNamingTheModel() throws IOException {
        var verdicts = fuzz(reversible, ModelManifest.FILE, 12, 250, true);
        assertTrue(verdicts.refused() > 120, verdicts.toString());
        verdicts = fuzz(baseline, ModelManifest.FILE, 13, 120, true);
        assertTrue(verdicts.refused() > 60, verdicts.toString());
    }

    @Test
    void mutatedMetricsAreLoadedOrRefusedNamingTheModel() throws IOException {
        var verdicts = fuzz(baseline, ModelManifest.METRICS, 15, 60, true);
        assertTrue(verdicts.refused() > 10, verdicts.toString());
    }

    /** Past the checksums, the weights reach the tensor reader, then the network they must fit (the rest of load is the same each time). */
    @Test
    void mutatedWeightsAreLoadedOrRefusedNamingTheFile() throws IOException {
        Path weights = reversible.resolve(ModelManifest.WEIGHTS);
        var network = ModelArtifact.load(reversible).model();
        var verdicts = Mutations.feed(Mutations.of(Files.readAllBytes(weights), 14, 400), weights.toString(), m -> {
            Files.write(weights, m.bytes());
            ModelArtifact.loadWeights(weights, network);
        });
        assertTrue(verdicts.refused() > 200, verdicts.toString());
    }
}
