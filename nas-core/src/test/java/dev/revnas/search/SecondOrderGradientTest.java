package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.AdamSettings;
import dev.revnas.config.BackpropMode;
import dev.revnas.config.SearchSpace;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.ops.FiniteDifferences;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Second-order DARTS is the gradient of the unrolled objective: L_A after one virtual Adam
 * step of the weights on L_W, differentiated through that step with respect to α.
 */
class SecondOrderGradientTest {
    private static final DataType F64 = DataType.DOUBLE;

    @Test
    void theSecondOrderAlphaGradientMatchesFiniteDifferencesOfTheUnrolledArchitectureLoss() {
        SearchSpace space = SearchSpace.of(List.of("zero", "identity", "ffn", "self_attn_2", "cross_attn_2"), 2, 2);
        Alphas alphas = new Alphas();
        NetworkConfig config = new NetworkConfig(20, 8, 1, 1, 0.0, 0.1, true, F64, 3);
        EncoderDecoder model = EncoderDecoder.reversible(config, 2, new SearchCells(space, alphas, 0.0));
        List<Param> weights = model.params().stream().filter(p -> !alphas.isAlpha(p)).toList();
        Adam weightAdam = new Adam(weights, AdamSettings.weights(1e-2));
        Batch weightBatch = SyntheticBatches.padded(3, 6, 20, F64, 5);
        Batch alphaBatch = SyntheticBatches.padded(3, 6, 20, F64, 6);
        for (int i = 0; i < 2; i++) { // Adam's moments are not zero when the search takes its virtual step
            model.zeroGrads();
            model.trainStep(weightBatch, BackpropMode.STANDARD, 100 + i, false);
            weightAdam.step(1e-2);
        }
        Architect architect = new Architect(model, weights, alphas.params(), new Adam(alphas.params(), AdamSettings.alphas()),
                weightAdam, true, BackpropMode.STANDARD);
        double xi = 1e-2;
        long seed = 7;
        architect.gradient(alphaBatch, weightBatch, xi, seed);
        List<INDArray> analytic = new ArrayList<>();
        alphas.params().forEach(a -> analytic.add(a.grad().dup()));

        Supplier<Double> unrolled = () -> {
            List<INDArray> saved = new ArrayList<>();
            weights.forEach(w -> saved.add(w.value().dup()));
            model.zeroGrads();
            model.trainStep(weightBatch, BackpropMode.STANDARD, seed ^ 0x51L, false);
            for (Param w : weights) {
                w.value().subi(weightAdam.virtualStep(w, w.grad(), xi).update());
            }
            double loss = model.trainStep(alphaBatch, BackpropMode.STANDARD, seed, false).meanLoss();
            for (int i = 0; i < weights.size(); i++) {
                weights.get(i).value().assign(saved.get(i));
            }
            return loss;
        };
        double largest = 0;
        for (int i = 0; i < analytic.size(); i++) {
            Param a = alphas.params().get(i);
            FiniteDifferences.check("second-order " + a.name(), a.value(), analytic.get(i), unrolled, 1e-6);
            largest = Math.max(largest, analytic.get(i).amaxNumber().doubleValue());
        }
        assertTrue(largest > 1e-4, "the α gradient is not negligible: " + largest);
    }

    @Test
    void adamsVirtualStepIsTheStepItTakesAndItsDerivativeMatchesFiniteDifferences() {
        Nd4j.getRandom().setSeed(1);
        Param p = new Param("w", Nd4j.rand(F64, 4, 3));
        Adam adam = new Adam(List.of(p), new AdamSettings(0.1, 0.9, 0.98, 1e-9, 0.01));
        p.grad().assign(Nd4j.rand(F64, 4, 3).subi(0.5));
        adam.step(0.1);
        INDArray g = Nd4j.rand(F64, 4, 3).subi(0.5);
        Adam.VirtualStep virtual = adam.virtualStep(p, g, 0.05);

        // Entry by entry: Adam's update of one entry depends on that entry's gradient alone.
        INDArray flat = g.reshape(g.length());
        INDArray derivative = virtual.derivative().reshape(g.length());
        double h = 1e-6;
        for (int i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + h);
            double up = adam.virtualStep(p, g, 0.05).update().reshape(g.length()).getDouble(i);
            flat.putScalar(i, original - h);
            double down = adam.virtualStep(p, g, 0.05).update().reshape(g.length()).getDouble(i);
            flat.putScalar(i, original);
            double numeric = (up - down) / (2 * h);
            assertTrue(Math.abs(numeric - derivative.getDouble(i)) < 1e-6 * Math.max(1, Math.abs(numeric)),
                    "entry " + i + ": " + derivative.getDouble(i) + " against " + numeric);
        }

        INDArray before = p.value().dup();
        p.grad().assign(g);
        adam.step(0.05);
        INDArray taken = before.sub(p.value());
        assertTrue(taken.sub(virtual.update()).amaxNumber().doubleValue() < 1e-12, "the virtual step is the real one");
    }
}
