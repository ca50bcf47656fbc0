package dev.revnas.optim;

import dev.revnas.ops.Param;
import java.util.List;

/** Global gradient-norm clipping. */
public final class GradientClipping {
    private GradientClipping() {}

    /** Scales the gradients so that their global L2 norm is at most {@code maxNorm}; returns the norm before. */
    public static double clip(List<Param> params, double maxNorm) {
        double sq = 0;
        for (Param p : params) {
            double n = p.grad().norm2Number().doubleValue();
            sq += n * n;
        }
        double norm = Math.sqrt(sq);
        if (maxNorm > 0 && norm > maxNorm) {
            double scale = maxNorm / (norm + 1e-6);
            params.forEach(p -> p.grad().muli(scale));
        }
        return norm;
    }
}
