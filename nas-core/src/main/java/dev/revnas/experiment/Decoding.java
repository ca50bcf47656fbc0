package dev.revnas.experiment;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.decode.StepModel;
import java.util.function.Function;

/**
 * How the experiment decodes a trained model for its test scores: the engine's name, recorded
 * beside the scores, and its decoding steps (the caller closes them). The engines translate alike
 * but where two hypotheses tie to float rounding (1 of the 2,213 en-es test verses,
 * docs/benchmarks.md), so the engine is recorded, not part of an experiment's config.
 */
public record Decoding(String engine, Function<ModelArtifact.Loaded, StepModel> steps) {
    /** ND4J's cached steps, the default (nas-core cannot reach ONNX Runtime; the cli passes it in). */
    public static final Decoding ND4J = new Decoding("nd4j", ModelArtifact.Loaded::nd4jSteps);
}
