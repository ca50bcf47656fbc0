package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LayerNormBp;
import org.nd4j.linalg.factory.Nd4j;

/** Layer normalisation over the feature axis, with ND4J's layer_norm and layer_norm_bp kernels. */
public final class LayerNorm implements Op {
    private final Param gain;
    private final Param bias;

    public LayerNorm(Init init, String name, int width) {
        this.gain = init.ones(name + ".gain", width);
        this.bias = init.zeros(name + ".bias", width);
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        INDArray y = apply(x);
        return Pass.of(y, g -> {
            INDArray dx = Nd4j.createUninitialized(x.dataType(), x.shape());
            INDArray dGain = Nd4j.createUninitialized(x.dataType(), gain.value().shape());
            INDArray dBias = Nd4j.createUninitialized(x.dataType(), bias.value().shape());
            Nd4j.exec(new LayerNormBp(x, gain.value(), bias.value(), g, dx, dGain, dBias, false, 1));
            gain.grad().addi(dGain);
            bias.grad().addi(dBias);
            return dx;
        });
    }

    public INDArray apply(INDArray x) {
        INDArray y = Nd4j.createUninitialized(x.dataType(), x.shape());
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.custom.LayerNorm(
                x, gain.value(), bias.value(), y, false, 1));
        return y;
    }

    @Override
    public List<Param> params() {
        return List.of(gain, bias);
    }
}
