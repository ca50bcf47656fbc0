package dev.revnas.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.config.DecodingSettings;
import dev.revnas.decode.BeamSearch;
import dev.revnas.decode.Nd4jSteps;
import dev.revnas.decode.StepModel;
import dev.revnas.genotype.Genotype;
import dev.revnas.model.Cell;
import dev.revnas.model.CellFactory;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SpecialTokens;
import dev.revnas.ops.Param;
import dev.revnas.ops.Zero;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** ONNX Runtime's steps compute ND4J's log-probabilities, and beam search over them finds the same translations. */
class OnnxStepsTest {
    private static final int VOCAB = 40;
    private static final List<int[]> SOURCES = List.of(new int[] {5, 6, 7, 8, 9, 10, 11}, new int[] {12, 13},
            new int[] {14, 15, 16, 17});

    /** A small baseline whose every parameter is moved off its initial value (biases and gains included). */
    static EncoderDecoder baseline(boolean tied) {
        return perturbed(EncoderDecoder.baseline(new NetworkConfig(VOCAB, 32, 2, 2, 0.1, 0.1, tied, DataType.FLOAT, 3), 4, 48));
    }

    /** Cells with every op kind a derived network can hold, convolutions both centred (encoder) and causal (decoder). */
    static Genotype everyOpKind() {
        var encoder = new Genotype.Stack(2, List.of(new Genotype.CellSpec(List.of(
                List.of(new Genotype.Edge(0, "self_attn_2")),
                List.of(new Genotype.Edge(1, "sep_conv_3"), new Genotype.Edge(0, "conv_3")),
                List.of(new Genotype.Edge(2, "ffn"), new Genotype.Edge(1, "glu"))))));
        var decoder = new Genotype.Stack(2, List.of(new Genotype.CellSpec(List.of(
                List.of(new Genotype.Edge(0, "self_attn_2")),
                List.of(new Genotype.Edge(0, "cross_attn_4"), new Genotype.Edge(1, "conv_3")),
                List.of(new Genotype.Edge(2, "sep_conv_5"), new Genotype.Edge(1, "glu"), new Genotype.Edge(0, "identity"))))));
        return Genotype.of(16, 2, encoder, decoder, null);
    }

    static EncoderDecoder derived(int splits) {
        NetworkConfig config = new NetworkConfig(VOCAB, 48, 2, 2, 0.1, 0.1, true, DataType.FLOAT, 5);
        return perturbed(EncoderDecoder.reversible(config, splits, new DerivedCells(everyOpKind(), 2, 2, 0.1)));
    }

    private static EncoderDecoder perturbed(EncoderDecoder model) {
        SplittableRandom random = new SplittableRandom(11);
        for (Param p : model.params()) {
            float[] noise = new float[(int) p.size()];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) (0.3 * random.nextGaussian());
            }
            p.value().addi(Nd4j.create(noise, p.value().shape(), 'c'));
        }
        return model;
    }

    private static void stepsAgree(EncoderDecoder model) {
        int beam = 2;
        // Rows 0-1 are sentence 0, 2-3 sentence 1, 4-5 sentence 2; the reorders move rows within a sentence.
        long[][] tokens = {{1, 1, 1, 1, 1, 1}, {20, 21, 22, 23, 24, 25}, {26, 27, 28, 29, 30, 31}, {4, 5, 6, 7, 8, 9}};
        int[][] parents = {{0, 0, 2, 2, 4, 4}, {1, 0, 2, 3, 5, 5}, {0, 0, 3, 2, 4, 5}};
        StepModel nd4j = new Nd4jSteps(model, SpecialTokens.DEFAULT, true);
        try (OnnxSteps onnx = new OnnxSteps(model, SpecialTokens.DEFAULT, 1);
                StepModel.Session a = nd4j.start(SOURCES, beam);
                StepModel.Session b = onnx.start(SOURCES, beam)) {
            for (int t = 0; t < tokens.length; t++) {
                double[] expected = a.next(tokens[t]);
                double[] actual = b.next(tokens[t]);
                assertEquals(expected.length, actual.length);
                double worst = 0;
                for (int i = 0; i < expected.length; i++) {
                    worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
                }
                assertTrue(worst < 1e-4, "position " + t + ": max difference " + worst);
                if (t < parents.length) {
                    a.reorder(parents[t]);
                    b.reorder(parents[t]);
                }
            }
        }
    }

    @Test
    void logProbabilitiesAgreeStepByStepThroughReorders() {
        stepsAgree(baseline(false));
    }

    @Test
    void aTiedTableServesEmbeddingAndOutput() {
        stepsAgree(baseline(true));
    }

    @Test
    void aDerivedNetworkAgreesStepByStep() {
        stepsAgree(derived(2));
        stepsAgree(derived(3));
    }

    @Test
    void beamSearchFindsTheSameTranslations() {
        sameTranslations(baseline(false));
        sameTranslations(derived(2));
    }

    private static void sameTranslations(EncoderDecoder model) {
        for (int beam : new int[] {1, 4}) {
            DecodingSettings settings = new DecodingSettings(beam, 1.0, 1.5, 4);
            var expected = new BeamSearch(model, settings, SpecialTokens.DEFAULT, true).search(SOURCES);
            try (OnnxSteps onnx = new OnnxSteps(model, SpecialTokens.DEFAULT, 1)) {
                var actual = new BeamSearch(onnx, settings, SpecialTokens.DEFAULT).search(SOURCES);
                for (int s = 0; s < SOURCES.size(); s++) {
                    assertArrayEquals(expected.get(s).tokens(), actual.get(s).tokens(), "sentence " + s + ", beam " + beam);
                    assertEquals(expected.get(s).score(), actual.get(s).score(), 1e-4);
                }
            }
        }
    }

    @Test
    void anOpTheExportDoesNotKnowIsNamed() {
        CellFactory zeros = (init, name, width, modelWidth, decoder, layer) -> Cell.chain(List.of(new Zero()));
        EncoderDecoder model = EncoderDecoder.reversible(new NetworkConfig(VOCAB, 16, 1, 1, 0.1, 0.1, true, DataType.FLOAT, 3), 2, zeros);
        var e = assertThrows(InvalidInputException.class, () -> TransformerExport.export(model));
        assertTrue(e.getMessage().contains("does not support the op Zero"), e.getMessage());
        EncoderDecoder doubles = EncoderDecoder.baseline(new NetworkConfig(VOCAB, 16, 1, 1, 0.1, 0.1, true, DataType.DOUBLE, 3), 2, 32);
        assertTrue(assertThrows(InvalidInputException.class, () -> TransformerExport.export(doubles)).getMessage().contains("float"));
    }
}
