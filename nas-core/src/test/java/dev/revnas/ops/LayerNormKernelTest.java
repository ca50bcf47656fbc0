package dev.revnas.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The float kernel (every float network's) against the double one (the float64 gradient tests' reference). */
class LayerNormKernelTest {
    private static final int ROWS = 37;
    private static final int WIDTH = 131; // not a multiple of the kernel's four accumulators

    private record Run(INDArray y, INDArray dx, INDArray dGain, INDArray dBias) {}

    private static Run run(DataType type, INDArray x, INDArray g, INDArray gain, INDArray bias) {
        LayerNorm ln = new LayerNorm(new Init(1, type), "ln", WIDTH);
        ln.params().get(0).value().assign(gain);
        ln.params().get(1).value().assign(bias);
        Pass pass = ln.forward(x.castTo(type), Env.encoder(null, true, 1));
        INDArray dx = pass.backward(g.castTo(type));
        return new Run(pass.out(), dx, ln.params().get(0).grad(), ln.params().get(1).grad());
    }

    @Test
    void theFloatKernelComputesWhatTheDoubleOneDoes() {
        Nd4j.getRandom().setSeed(7);
        // An offset and a spread per row, as activations have: the variance must not cancel.
        INDArray x = Nd4j.randn(DataType.DOUBLE, ROWS, WIDTH).muli(3).addi(Nd4j.arange(ROWS).castTo(DataType.DOUBLE)
                .muli(1.1).subi(20).reshape(ROWS, 1));
        INDArray g = Nd4j.randn(DataType.DOUBLE, ROWS, WIDTH);
        INDArray gain = Nd4j.randn(DataType.DOUBLE, 1, WIDTH).reshape(WIDTH);
        INDArray bias = Nd4j.randn(DataType.DOUBLE, 1, WIDTH).reshape(WIDTH);
        Run reference = run(DataType.DOUBLE, x, g, gain, bias);
        Run single = run(DataType.FLOAT, x, g, gain, bias);
        close("output", reference.y(), single.y());
        close("input gradient", reference.dx(), single.dx());
        close("gain gradient", reference.dGain(), single.dGain());
        close("bias gradient", reference.dBias(), single.dBias());
    }

    private static void close(String what, INDArray expected, INDArray actual) {
        double scale = expected.amaxNumber().doubleValue();
        double error = expected.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(error <= 1e-5 * scale, what + ": largest difference " + error + " against values up to " + scale);
    }
}
