package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv1D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv1DDerivative;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv1DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

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

    /** [kernel, width in, width out]: out[t] = Σ_j in[t − offset + j] · W[j]. */
    public Param weight() {
        return weight;
    }

    public Param bias() {
        return bias;
    }

    public int kernel() {
        return (int) config.getK();
    }

    /** Causal: only earlier positions (kernel − 1 on the left); otherwise centred (same padding). */
    public boolean isCausal() {
        return config.getPaddingMode() == PaddingMode.CAUSAL;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        SeqMask seq = env.self();
        INDArray in = x.mulColumnVector(seq.rowMask()).reshape(seq.batch(), seq.length(), width);
        INDArray y = Nd4j.exec(new Conv1D(in, weight.value(), bias.value(), config))[0];
        long kernelWidth = config.getK() * width;
        Flops.product(x.size(0), kernelWidth, width, 1);
        return Pass.of(y.reshape(x.shape()), g -> {
            Flops.product(x.size(0), kernelWidth, width, 2);
            INDArray[] grads = Nd4j.exec(new Conv1DDerivative(new INDArray[] {in, weight.value(), bias.value(),
                    g.reshape(seq.batch(), seq.length(), width)}, null, config));
            weight.grad().addi(grads[1]);
            bias.grad().addi(grads[2]);
            return grads[0].reshape(x.shape()).muliColumnVector(seq.rowMask());
        });
    }

    /** The last {@code kernel} inputs of every hypothesis, [rows, kernel, width], oldest first. */
    record Window(INDArray values) implements DecodeCache.Entry {
        @Override
        public Window select(INDArray rows) {
            return new Window(Rows.select(values, rows));
        }

        /** The window shifted by one position with {@code x} [rows, width] as the newest input. */
        static Window push(Window old, INDArray x, int kernel) {
            INDArray previous = old != null ? old.values
                    : Nd4j.zeros(x.dataType(), x.size(0), kernel, x.size(1));
            INDArray next = Nd4j.concat(1, previous.get(NDArrayIndex.all(), NDArrayIndex.interval(1, kernel), NDArrayIndex.all()),
                    x.reshape(x.size(0), 1, x.size(1)));
            return new Window(next);
        }
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        if (config.getPaddingMode() != PaddingMode.CAUSAL) {
            throw new IllegalStateException("only a causal convolution decodes one position at a time");
        }
        int kernel = (int) config.getK();
        Window window = Window.push(cache.get(this), x, kernel);
        cache.put(this, window);
        Flops.product(x.size(0), (long) kernel * width, width, 1);
        // out[t] = Σ_j in[t−k+1+j] · W[j]: the window flattened against W as [k·width, width].
        return Nd4j.gemm(window.values().reshape(x.size(0), (long) kernel * width),
                weight.value().reshape((long) kernel * width, width), false, false).addiRowVector(bias.value());
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }
}
