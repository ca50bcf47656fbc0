package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.decode.StepModel;
import dev.revnas.onnx.OnnxSteps;
import picocli.CommandLine.Option;

/** --engine of the commands that decode a trained model. */
final class EngineOption {
    @Option(names = "--engine", defaultValue = "nd4j", description = "nd4j or onnx (ONNX Runtime: several times faster, the same"
            + " translations but where two hypotheses tie to float rounding; docs/benchmarks.md). Default: ${DEFAULT-VALUE}.")
    String engine;

    /** Fails on an unknown engine before any model is loaded. */
    void check() {
        if (!engine.equals("nd4j") && !engine.equals("onnx")) {
            throw new InvalidInputException("--engine '" + engine + "' is not one of nd4j, onnx");
        }
    }

    /** The steps to decode {@code loaded} with; the caller closes them. */
    StepModel steps(ModelArtifact.Loaded loaded) {
        var special = loaded.vocabulary().vocabulary().special();
        return switch (engine) {
            case "nd4j" -> loaded.nd4jSteps();
            // Batches of 32 sentences gain from a second thread (bench decode); one sentence does not.
            case "onnx" -> new OnnxSteps(loaded.model(), special, Runtime.getRuntime().availableProcessors());
            default -> throw new InvalidInputException("--engine '" + engine + "' is not one of nd4j, onnx");
        };
    }
}
