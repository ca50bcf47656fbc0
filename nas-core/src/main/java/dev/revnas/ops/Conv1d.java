package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv1D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv1DDerivative;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv1DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Standard 1-D convolution over positions, width in and out, with ND4J's conv1d and
 * conv1d_bp kernels. Causal convolutions see only the current and earlier positions;
 * padded positions are zeroed first so that padding never leaks into real tokens.
 */
public final class Conv1d implements Op {
    private final Param weight;
    private final Param bias;
    private final Conv1DConfig config;
    private final int width;

    public Conv1d(Init init, String name, int width, int kernel, boolean causal) {
        if (kernel < 1 || (!causal && kernel % 2 == 0)) {
            throw new IllegalArgumentException("conv kernel must be a positive odd number, got " + kernel);
        }
        this.width = width;
        this.weight = init.xavier(name + ".weight", (long) kernel * width, width, kernel, width, width);
        this.bias = init.zeros(name + ".bias", width);
        this.config = Conv1DConfig.builder().k(kernel).s(1).p(0).d(1).dataFormat("NWC")
                .paddingMode(causal ? PaddingMode.CAUSAL : PaddingMode.SAME).build();
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        SeqMask seq = env.self();
        INDArray in = x.mulColumnVector(seq.rowMask()).reshape(seq.batch(), seq.length(), width);
        INDArray y = Nd4j.exec(new Conv1D(in, weight.value(), bias.value(), config))[0];
        return Pass.of(y.reshape(x.shape()), g -> {
            INDArray[] grads = Nd4j.exec(new Conv1DDerivative(new INDArray[] {in, weight.value(), bias.value(),
                    g.reshape(seq.batch(), seq.length(), width)}, null, config));
            weight.grad().addi(grads[1]);
            bias.grad().addi(grads[2]);
            return grads[0].reshape(x.shape()).muliColumnVector(seq.rowMask());
        });
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }
}
