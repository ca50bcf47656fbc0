package dev.revnas.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code f"{x:.Nf}"}: rounds the exact binary value half-to-even, where Java's
 * {@code %.Nf} rounds half-up, so that printed scores match sacreBLEU's to the last digit.
 */
public final class PythonFormat {
    private PythonFormat() {}

    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : (value > 0 ? "inf" : "-inf");
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
