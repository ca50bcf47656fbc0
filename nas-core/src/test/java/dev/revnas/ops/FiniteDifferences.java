package dev.revnas.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Central finite differences against analytic gradients, for float64 tests. */
public final class FiniteDifferences {
    private static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /**
     * Checks that {@code analytic} is the gradient of {@code loss} with respect to
     * {@code input}, entry by entry: |analytic − numeric| ≤ tol·max(1, |numeric|).
     */
    public static void check(String what, INDArray input, INDArray analytic, Supplier<Double> loss, double tol) {
        INDArray flat = input.reshape(input.length());
        INDArray grad = analytic.reshape(analytic.length());
        double worst = 0;
        long worstAt = -1;
        for (long i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + STEP);
            double plus = loss.get();
            flat.putScalar(i, original - STEP);
            double minus = loss.get();
            flat.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double error = Math.abs(grad.getDouble(i) - numeric) / Math.max(1.0, Math.abs(numeric));
            if (error > worst) {
                worst = error;
                worstAt = i;
            }
        }
        assertTrue(worst <= tol, what + ": worst relative error " + worst + " at flat index " + worstAt
                + " (analytic " + (worstAt < 0 ? 0 : grad.getDouble(worstAt)) + ")");
    }
}
