package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.model.Batch;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.ops.Param;
import dev.revnas.reversible.BackpropMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SearchGradientTest {

    @Test
    void alphaGradientsFlowThroughReconstructionAsInStandardBackprop() {
        SearchSpace space = SearchSpace.of(List.of("zero", "identity", "ffn", "glu", "conv_3", "sep_conv_3",
                "self_attn_2", "cross_attn_2"), 2, 2);
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

        assertTrue(alphas.params().size() == 6, "3 edges per cell, encoder and decoder: " + alphas.params().size());
        for (int i = 0; i < standard.size(); i++) {
            Param a = alphas.params().get(i);
            double norm = standard.get(i).norm2Number().doubleValue();
            assertTrue(norm > 0, a.name() + " has no gradient");
            double rel = a.grad().sub(standard.get(i)).norm2Number().doubleValue() / norm;
            assertTrue(rel < 1e-8, a.name() + ": relative difference " + rel);
        }
    }
}
