package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Outputs zeros, which lets DARTS drop an edge. */
public final class Zero implements PositionWise {
    @Override
    public Pass forward(INDArray x, Env env) {
        return Pass.of(Nd4j.zeros(x.dataType(), x.shape()), g -> Nd4j.zeros(g.dataType(), g.shape()));
    }

    @Override
    public List<Param> params() {
        return List.of();
    }
}
