package dev.revnas.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One forward evaluation of an {@link Op}, holding exactly what its backward pass needs. */
public interface Pass {

    INDArray out();

    /**
     * Vector-Jacobian product: adds the parameter gradients (and any gradient with respect to
     * {@link Env#encoderOutput()}) in place and returns the gradient with respect to the op's input.
     */
    INDArray backward(INDArray gradOut);

    static Pass of(INDArray out, java.util.function.UnaryOperator<INDArray> backward) {
        return new Pass() {
            @Override
            public INDArray out() {
                return out;
            }

            @Override
            public INDArray backward(INDArray gradOut) {
                return backward.apply(gradOut);
            }
        };
    }
}
