package dev.revnas.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/** An op that treats every position alone, so that decoding a position is its forward on that row. */
public interface PositionWise extends Op {
    @Override
    default INDArray advance(INDArray x, Env env, DecodeCache cache) {
        return forward(x, env).out();
    }
}
