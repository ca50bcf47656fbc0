package dev.revnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.BackpropMode;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ReconstructionGradientTest {

    static Batch paddedBatch(DataType type) {
        List<int[]> src = List.of(new int[] {5, 6, 7, 8, 9}, new int[] {10, 11}, new int[] {12, 13, 14});
        List<int[]> tgt = List.of(new int[] {7, 8}, new int[] {9, 10, 11, 12, 13}, new int[] {14});
        return Batch.of(src, tgt, SpecialTokens.DEFAULT, type);
    }

    @ParameterizedTest(name = "gradients match standard backprop for {0} splits")
    @ValueSource(ints = {2, 3, 4})
    void reconstructionGradientsEqualStandardBackprop(int splits) {
        NetworkConfig config = new NetworkConfig(20, 12 * splits, 3, 3, 0.1, 0.1, false, DataType.DOUBLE, 11);
        EncoderDecoder model = EncoderDecoder.reversible(config, splits, new TransformerCells(2, 0.1));
        Batch batch = paddedBatch(DataType.DOUBLE);

        model.zeroGrads();
        BatchLoss standard = model.trainStep(batch, BackpropMode.STANDARD, 123, true);
        List<INDArray> standardGrads = new ArrayList<>();
        model.params().forEach(p -> standardGrads.add(p.grad().dup()));

        model.zeroGrads();
        BatchLoss reconstruct = model.trainStep(batch, BackpropMode.RECONSTRUCT, 123, true);

        assertEquals(standard.loss(), reconstruct.loss(), 1e-10 * Math.abs(standard.loss()));
        List<Param> params = model.params();
        double worst = 0;
        String worstName = "";
        for (int k = 0; k < params.size(); k++) {
            double rel = relativeDifference(params.get(k).name(), params.get(k).grad(), standardGrads.get(k));
            if (rel > worst) {
                worst = rel;
                worstName = params.get(k).name();
            }
        }
        String[] inputs = {"encoder input", "decoder input"};
        for (int k = 0; k < 2; k++) {
            double rel = relativeDifference(inputs[k], reconstruct.inputGrads()[k], standard.inputGrads()[k]);
            if (rel > worst) {
                worst = rel;
                worstName = inputs[k];
            }
        }
        assertTrue(params.size() > 50, "every parameter is compared: " + params.size());
        assertTrue(worst < 1e-8, "largest relative difference " + worst + " in " + worstName);
    }

    static double relativeDifference(INDArray actual, INDArray expected) {
        return relativeDifference("", actual, expected);
    }

    static double relativeDifference(String name, INDArray actual, INDArray expected) {
        double norm = expected.norm2Number().doubleValue();
        assertTrue(norm > 0, "the gradient of " + name + " is zero; the comparison would say nothing");
        return actual.sub(expected).norm2Number().doubleValue() / norm;
    }
}
