package dev.revnas.ops;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.DepthwiseConv2D;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Depthwise-separable 1-D convolution: a per-channel convolution over positions, then a
 * pointwise Linear. ND4J has no depthwise conv1d, so this runs depthwise_conv2d on a
 * height-1 image; a causal one pads kernel−1 zeros in front and convolves without padding.
 */
public final class SepConv implements Op {
    private final Param depthwise;
    private final Param depthwiseBias;
    private final Linear pointwise;
    private final Conv2DConfig config;
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
        this.config = Conv2DConfig.builder().kH(1).kW(kernel).sH(1).sW(1).pH(0).pW(0).dH(1).dW(1)
                .dataFormat("NHWC").paddingMode(causal ? PaddingMode.VALID : PaddingMode.SAME).build();
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        SeqMask seq = env.self();
        INDArray in = x.mulColumnVector(seq.rowMask()).reshape(seq.batch(), 1, seq.length(), width);
        if (causal && kernel > 1) {
            in = Nd4j.concat(2, Nd4j.zeros(x.dataType(), seq.batch(), 1, kernel - 1, width), in);
        }
        INDArray image = in;
        DepthwiseConv2D convOp = new DepthwiseConv2D(image, depthwise.value(), depthwiseBias.value(), config);
        INDArray conv = Nd4j.exec(convOp)[0];
        Pass pPoint = pointwise.forward(conv.reshape(x.shape()));
        return Pass.of(pPoint.out(), g -> {
            INDArray dConv = pPoint.backward(g).reshape(conv.shape());
            // DepthwiseConv2DBp has no INDArray constructor; its kernel takes the forward op's arguments.
            INDArray[] grads = Nd4j.exec(DynamicCustomOp.builder("depthwise_conv2d_bp")
                    .addInputs(image, depthwise.value(), depthwiseBias.value(), dConv)
                    .addIntegerArguments(java.util.Arrays.stream(convOp.iArgs()).mapToInt(Math::toIntExact).toArray()).build());
            depthwise.grad().addi(grads[1]);
            depthwiseBias.grad().addi(grads[2]);
            INDArray dIn = grads[0];
            if (causal && kernel > 1) {
                dIn = dIn.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(kernel - 1, kernel - 1 + seq.length()), NDArrayIndex.all());
            }
            return dIn.reshape(x.shape()).muliColumnVector(seq.rowMask());
        });
    }

    @Override
    public INDArray step(INDArray x, Env env, DecodeCache cache) {
        if (!causal) {
            throw new IllegalStateException("only a causal convolution decodes one position at a time");
        }
        Conv1d.Window window = Conv1d.Window.push(cache.get(this), x, kernel);
        cache.put(this, window);
        INDArray taps = depthwise.value().reshape(1, kernel, width);
        INDArray conv = window.values().mul(taps).sum(1).addiRowVector(depthwiseBias.value());
        return pointwise.apply(conv);
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(List.of(depthwise, depthwiseBias));
        all.addAll(pointwise.params());
        return all;
    }
}
