package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The skip connection. */
public final class Identity implements PositionWise {
    @Override
    public Pass forward(INDArray x, Env env) {
        return Pass.of(x, g -> g);
    }

    @Override
    public List<Param> params() {
        return List.of();
    }
}
