package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.BackpropMode;
import dev.revnas.config.SearchSpace;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SearchGradientTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"softmax", "gumbel", "partial"})
    void alphaGradientsFlowThroughReconstructionAsInStandardBackprop(String relaxation) {
        // Under gumbel the recomputed forward pass must draw the same ops as the original one.
        SearchSpace space = SearchSpace.of(List.of("zero", "identity", "ffn", "glu", "conv_3", "sep_conv_3",
                "self_attn_2", "cross_attn_2"), 2, 2).withRelaxation(relaxation);
        Alphas alphas = new Alphas();
        NetworkConfig config = new NetworkConfig(24, 16, 2, 2, 0.1, 0.1, true, DataType.DOUBLE, 3);
        EncoderDecoder supernet = EncoderDecoder.reversible(config, 2, new SearchCells(space, alphas, 0.1));
        Batch batch = SyntheticBatches.padded(4, 7, 24, DataType.DOUBLE, 5);

        supernet.zeroGrads();
        supernet.trainStep(batch, BackpropMode.STANDARD, 9, false);
        List<INDArray> standard = new ArrayList<>();
        alphas.params().forEach(a -> standard.add(a.grad().dup()));
        supernet.zeroGrads();
        supernet.trainStep(batch, BackpropMode.RECONSTRUCT, 9, false);

        int expected = relaxation.equals("partial") ? 6 + 2 : 6; // and a β for node 2 under partial
        assertTrue(alphas.params().size() == expected, "3 edges per cell, encoder and decoder: " + alphas.params().size());
        int withGradient = 0;
        for (int i = 0; i < standard.size(); i++) {
            Param a = alphas.params().get(i);
            double norm = standard.get(i).norm2Number().doubleValue();
            double diff = a.grad().sub(standard.get(i)).norm2Number().doubleValue();
            assertTrue(diff <= 1e-8 * norm, a.name() + ": difference " + diff + " against norm " + norm);
            withGradient += norm > 0 ? 1 : 0;
        }
        // A gumbel edge whose drawn op is zero, or an encoder whose decoder drew no cross-attention, gets no gradient.
        int least = relaxation.equals("gumbel") ? expected / 2 : expected;
        assertTrue(withGradient >= least, withGradient + " of " + expected + " have a gradient");
    }
}
