package dev.revnas.ops;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Depthwise-separable 1-D convolution: a per-channel convolution over positions, then a
 * pointwise Linear. The depthwise part is {@link DepthwiseConv}'s loops; a causal one reads
 * only the current and kernel−1 earlier positions.
 */
public final class SepConv implements Op {
    private final Param depthwise;
    private final Param depthwiseBias;
    private final Linear pointwise;
    private final int width;
    private final int kernel;
    private final boolean causal;

    public SepConv(Init init, String name, int width, int kernel, boolean causal) {
        if (kernel < 1 || kernel % 2 == 0) {
            throw new IllegalArgumentException("sep_conv kernel must be a positive odd number, got " + kernel);
        }
        this.width = width;
        this.kernel = kernel;
        this.causal = causal;
        this.depthwise = init.xavier(name + ".depthwise", kernel, 1, 1, kernel, width, 1);
        this.depthwiseBias = init.zeros(name + ".depthwise_bias", width);
        this.pointwise = new Linear(init, name + ".pointwise", width, width);
    }

    /** The per-channel taps [1, kernel, width, 1]: tap j of channel c at j·width + c. */
    public Param depthwise() {
        return depthwise;
    }

    public Param depthwiseBias() {
        return depthwiseBias;
    }

    public Linear pointwise() {
        return pointwise;
    }

    public int kernel() {
        return kernel;
    }

    public boolean isCausal() {
        return causal;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        SeqMask seq = env.self();
        DepthwiseConv.Shape shape = new DepthwiseConv.Shape(seq.batch(), seq.length(), width, kernel,
                causal ? kernel - 1 : (kernel - 1) / 2);
        double[] in = DepthwiseConv.values(x.mulColumnVector(seq.rowMask()));
        double[] taps = DepthwiseConv.values(depthwise.value());
        INDArray conv = Rows.write(DepthwiseConv.forward(in, taps, DepthwiseConv.values(depthwiseBias.value()), shape),
                x.shape(), x.dataType());
        Flops.product(x.size(0), kernel, 1, width); // one kernel-long dot product per channel
        Pass pPoint = pointwise.forward(conv);
        return Pass.of(pPoint.out(), g -> {
            double[] dConv = DepthwiseConv.values(pPoint.backward(g));
            Flops.product(x.size(0), kernel, 1, 2 * width);
            double[] dTaps = new double[taps.length];
            double[] dBias = new double[width];
            double[] dIn = DepthwiseConv.backward(in, taps, dConv, dTaps, dBias, shape);
            depthwise.grad().addi(Nd4j.create(dTaps, depthwise.value().shape(), x.dataType()));
            depthwiseBias.grad().addi(Nd4j.create(dBias, depthwiseBias.value().shape(), x.dataType()));
            return Rows.write(dIn, x.shape(), x.dataType()).muliColumnVector(seq.rowMask());
        });
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        if (!causal) {
            throw new IllegalStateException("only a causal convolution decodes one position at a time");
        }
        Conv1d.Window window = Conv1d.Window.push(cache.get(this), x, kernel);
        cache.put(this, window);
        INDArray taps = depthwise.value().reshape(1, kernel, width);
        INDArray conv = window.values().mul(taps).sum(1).addiRowVector(depthwiseBias.value());
        return pointwise.applyFused(conv);
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(List.of(depthwise, depthwiseBias));
        all.addAll(pointwise.params());
        return all;
    }
}
