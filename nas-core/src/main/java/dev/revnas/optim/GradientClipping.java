package dev.revnas.optim;

import dev.revnas.ops.Param;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Global gradient-norm clipping. */
public final class GradientClipping {
    private GradientClipping() {}

    /** Scales the gradients so that their global L2 norm is at most {@code maxNorm}; returns the norm before. */
    public static double clip(List<Param> params, double maxNorm) {
        double norm = Math.sqrt(squaredNorm(params.stream().map(Param::grad).toList()));
        if (maxNorm > 0 && norm > maxNorm) {
            double scale = maxNorm / (norm + 1e-6);
            params.forEach(p -> p.grad().muli(scale));
        }
        return norm;
    }

    /**
     * Σ ‖a‖² over the arrays, by BLAS's dot rather than norm2Number: ND4J's reduction cost 150 µs for a
     * 256-entry array and 1.9 ms for a 256×1,024 one here, the dot 0.5 µs and 22 µs, and a supernet has
     * thousands of parameters.
     */
    public static double squaredNorm(List<INDArray> arrays) {
        double sq = 0;
        for (INDArray a : arrays) {
            sq += Nd4j.getBlasWrapper().dot(a, a);
        }
        return sq;
    }
}
