package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.ops.Env;
import dev.revnas.ops.FiniteDifferences;
import dev.revnas.ops.Init;
import dev.revnas.ops.Op;
import dev.revnas.ops.OpRegistry;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.ops.SeqMask;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each relaxation's α gradient equals central finite differences of its own objective
 * ⟨R, edge(x)⟩ in float64: DARTS's softmax mixture, GDAS's straight-through estimator with
 * the Gumbel sample held fixed, and PC-DARTS's partial channels with β.
 */
class RelaxationGradientTest {
    private static final DataType F64 = DataType.DOUBLE;
    private static final List<String> OPS = List.of("zero", "identity", "ffn", "self_attn_2", "sep_conv_3");
    private static final int LENGTH = 5;
    private static final double TOL = 1e-6;

    private final Init init = new Init(11, F64);
    private final SeqMask self = SeqMask.ofLengths(F64, new int[] {5, 3}, LENGTH);
    private final Env env = Env.encoder(self, true, 42);

    private static INDArray random(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(F64, shape).subi(0.5).muli(2);
    }

    private List<Op> ops(int width) {
        List<Op> ops = new ArrayList<>();
        for (String op : OPS) {
            ops.add(OpRegistry.build(op, new OpRegistry.Site(init, "e." + op, width, width, false, 0.0)));
        }
        return ops;
    }

    private Param alpha() {
        Param alpha = init.normal("alpha", 1.0, OPS.size()); // spread out, so that no weight is negligible
        alpha.zeroGrad();
        return alpha;
    }

    @Test
    void softmaxMixtureAlphaAndInputGradientsMatchFiniteDifferences() {
        Param alpha = alpha();
        MixedOp mixed = new MixedOp(ops(8), alpha);
        INDArray x = random(3, 2 * LENGTH, 8);
        INDArray r = random(5, 2 * LENGTH, 8).muliColumnVector(self.rowMask());
        mixed.params().forEach(Param::zeroGrad);
        INDArray dx = mixed.forward(x, env).backward(r);
        FiniteDifferences.check("softmax α", alpha.value(), alpha.grad(), () -> objective(mixed, x, r), TOL);
        FiniteDifferences.check("softmax input", x, dx, () -> objective(mixed, x, r), TOL);
    }

    @Test
    void gumbelRunsOnlyTheDrawnOpAndItsStraightThroughGradientIsTheGradientOfItsSurrogate() {
        Param alpha = alpha();
        GumbelSampler sampler = new GumbelSampler(2.0, 0.5);
        sampler.anneal(0.3);
        List<Op> ops = ops(8);
        MixedOp mixed = new MixedOp(ops, alpha, sampler);
        INDArray x = random(3, 2 * LENGTH, 8);
        INDArray r = random(5, 2 * LENGTH, 8).muliColumnVector(self.rowMask());

        double[] alpha0 = alpha.value().toDoubleVector();
        GumbelSampler.Draw draw = sampler.draw(alpha0, env.seed());
        int c = draw.chosen();
        assertTrue(c != 0, "seed 42 should not draw zero; pick another seed if the op list changes");
        mixed.params().forEach(Param::zeroGrad);
        Pass pass = mixed.forward(x, env);
        INDArray alone = ops.get(c).forward(x, env.child(c)).out();
        assertEquals(0, pass.out().sub(alone).norm2Number().doubleValue(), 0, "the edge's output is the drawn op's alone");
        INDArray dx = pass.backward(r);

        // The surrogate: ⟨R, h_c(α) · o_c(x)⟩ with h = onehot(c) + y(α) − y(α₀), the sample G held fixed.
        double s = r.mul(alone).sumNumber().doubleValue();
        double y0 = draw.relaxed()[c];
        FiniteDifferences.check("gumbel α", alpha.value(), alpha.grad(),
                () -> (1 + sampler.draw(alpha.value().toDoubleVector(), env.seed()).relaxed()[c] - y0) * s, TOL);
        FiniteDifferences.check("gumbel input", x, dx,
                () -> r.mul(ops.get(c).forward(x, env.child(c)).out()).sumNumber().doubleValue(), TOL);
    }

    @Test
    void gumbelMaxDrawsEachOpAsOftenAsItsSoftmaxWeight() {
        GumbelSampler sampler = new GumbelSampler(1.0, 1.0);
        double[] alpha = {0.0, Math.log(2), Math.log(3), Math.log(4)}; // softmax 0.1, 0.2, 0.3, 0.4
        int[] counts = new int[alpha.length];
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            counts[sampler.draw(alpha, Env.mix(7, i)).chosen()]++;
        }
        for (int o = 0; o < alpha.length; o++) {
            double expected = (o + 1) / 10.0;
            // 5 standard deviations of a binomial proportion: a wrong sampler fails, a right one never does at this seed.
            double sd = Math.sqrt(expected * (1 - expected) / draws);
            assertEquals(expected, counts[o] / (double) draws, 5 * sd, "op " + o);
        }
        assertEquals(sampler.draw(alpha, 99).chosen(), sampler.draw(alpha, 99).chosen(), "the same seed draws the same op");
    }

    @Test
    void gumbelTemperatureAnnealsLinearlyFromTauMaxToTauMin() {
        GumbelSampler sampler = new GumbelSampler(10, 0.1);
        assertEquals(10, sampler.tau(), 1e-12);
        sampler.anneal(0.5);
        assertEquals(5.05, sampler.tau(), 1e-12);
        sampler.anneal(1);
        assertEquals(0.1, sampler.tau(), 1e-12);
    }

    @Test
    void partialChannelsAlphaBetaAndInputGradientsMatchFiniteDifferences() {
        Param alpha = alpha();
        Param beta = init.normal("beta", 1.0, 3);
        MixedOp mixed = new MixedOp(ops(4), alpha);
        Op edge = new PartialChannelOp(mixed, 2, beta, 1);
        INDArray x = random(3, 2 * LENGTH, 8);
        INDArray r = random(5, 2 * LENGTH, 8).muliColumnVector(self.rowMask());
        edge.params().forEach(Param::zeroGrad);
        INDArray dx = edge.forward(x, env).backward(r);
        FiniteDifferences.check("partial α", alpha.value(), alpha.grad(), () -> objective(edge, x, r), TOL);
        FiniteDifferences.check("partial β", beta.value(), beta.grad(), () -> objective(edge, x, r), TOL);
        FiniteDifferences.check("partial input", x, dx, () -> objective(edge, x, r), TOL);
    }

    @Test
    void channelShuffleInterleavesTheGroupsAndUnshuffleUndoesIt() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0, 1, 2, 3, 4, 5}});
        INDArray shuffled = PartialChannelOp.shuffle(x, 2);
        assertEquals("[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]", java.util.Arrays.toString(shuffled.toDoubleVector()));
        assertEquals(x, PartialChannelOp.unshuffle(shuffled, 2));
    }

    private double objective(Op op, INDArray x, INDArray r) {
        return op.forward(x, env).out().mul(r).sumNumber().doubleValue();
    }
}
