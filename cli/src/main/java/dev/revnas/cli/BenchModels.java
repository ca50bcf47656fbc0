package dev.revnas.cli;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Option;

/** The model a speed benchmark runs: the 256-wide 3+3 baseline by default, a genotype, or a trained model. */
final class BenchModels {
    @Option(names = "--hidden", defaultValue = "256")
    int hidden;

    @Option(names = "--layers", defaultValue = "3", description = "Layers in each stack (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--heads", defaultValue = "4")
    int heads;

    @Option(names = "--ffn", defaultValue = "1024")
    int ffn;

    @Option(names = "--vocab", defaultValue = "8000")
    int vocab;

    @Option(names = "--genotype", description = "Benchmark the network derived from this genotype instead of the baseline.")
    Path genotype;

    @Option(names = "--model", description = "Benchmark this trained model directory instead.")
    Path model;

    EncoderDecoder build() {
        if (model != null) {
            return ModelArtifact.load(model).model();
        }
        NetworkConfig config = new NetworkConfig(vocab, hidden, layers, layers, 0.1, 0.1, true, DataType.FLOAT, 1);
        if (genotype != null) {
            Genotype g = GenotypeJson.read(genotype);
            return EncoderDecoder.reversible(config, g.splits(), new DerivedCells(g, layers, layers, 0.1));
        }
        return EncoderDecoder.baseline(config, heads, ffn);
    }

    boolean isBaseline() {
        return model == null && genotype == null;
    }
}
