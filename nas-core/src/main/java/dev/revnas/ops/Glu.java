package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SigmoidDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Gated linear unit (x·A) ⊙ σ(x·B); A and B are the two halves of one projection. */
public final class Glu implements PositionWise {
    private final Linear proj;
    private final int width;

    public Glu(Init init, String name, int width) {
        this.proj = new Linear(init, name + ".proj", width, 2 * width);
        this.width = width;
    }

    /** Value and gate side by side, [w, 2w]. */
    public Linear projection() {
        return proj;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        Pass pProj = proj.forward(x);
        INDArray value = pProj.out().get(NDArrayIndex.all(), NDArrayIndex.interval(0, width));
        INDArray gateIn = pProj.out().get(NDArrayIndex.all(), NDArrayIndex.interval(width, 2 * width));
        INDArray gate = Transforms.sigmoid(gateIn, true);
        INDArray y = value.mul(gate);
        return Pass.of(y, g -> {
            INDArray dProj = Nd4j.createUninitialized(x.dataType(), x.size(0), 2 * width);
            dProj.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width)).assign(g.mul(gate));
            Nd4j.exec(new SigmoidDerivative(gateIn, g.mul(value),
                    dProj.get(NDArrayIndex.all(), NDArrayIndex.interval(width, 2 * width))));
            return pProj.backward(dProj);
        });
    }

    /** Decoding: the fused product, nothing kept for backward. */
    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        INDArray projected = proj.applyFused(x);
        INDArray gate = Transforms.sigmoid(projected.get(NDArrayIndex.all(), NDArrayIndex.interval(width, 2 * width)), true);
        return projected.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width)).mul(gate);
    }

    @Override
    public List<Param> params() {
        return proj.params();
    }
}
