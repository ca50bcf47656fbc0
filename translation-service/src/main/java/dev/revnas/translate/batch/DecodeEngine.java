package dev.revnas.translate.batch;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.decode.Nd4jSteps;
import dev.revnas.decode.StepModel;
import dev.revnas.model.SpecialTokens;
import dev.revnas.onnx.OnnxSteps;
import java.util.Locale;

/** The engine that decodes a served model (revnas.translate.engine). */
public enum DecodeEngine {
    /** ONNX Runtime: the model exported when it loads (baseline or derived); several times faster (docs/benchmarks.md). */
    ONNX,
    /** ND4J, the engine the model was trained with: every network. */
    ND4J;

    /** The steps a model decodes with, the engine that runs them, and why it is not the one asked for (else null). */
    public record Choice(StepModel steps, DecodeEngine engine, String fallback) {}

    /** ONNX falls back to ND4J for a network it cannot export (an op it does not know), saying why. */
    public Choice steps(ModelArtifact.Loaded model, int onnxThreads) {
        SpecialTokens special = model.vocabulary().vocabulary().special();
        if (this == ONNX) {
            try {
                return new Choice(new OnnxSteps(model.model(), special, onnxThreads), ONNX, null);
            } catch (InvalidInputException e) {
                return new Choice(new Nd4jSteps(model.model(), special, true), ND4J, e.getMessage());
            }
        }
        return new Choice(new Nd4jSteps(model.model(), special, true), ND4J, null);
    }

    /** As the API shows it: "onnx", "nd4j". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
