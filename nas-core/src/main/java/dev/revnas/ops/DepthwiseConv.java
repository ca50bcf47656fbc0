package dev.revnas.ops;

/**
 * Depthwise 1-D cross-correlation over the positions of each sequence, channel by channel:
 * out[b, t, c] = bias[c] + Σ_j in[b, t + j − offset, c] · taps[j, c], positions outside the
 * sequence read as zero. Written as plain loops because ND4J's depthwise_conv2d (on a
 * height-1 image) took about half of a GDAS search step at width 128 and 4,096-token batches
 * (docs/benchmarks.md); these loops do the same k multiply-adds per value and vectorise.
 *
 * <p>Arrays are [batch·length, width] flattened row-major; taps are [kernel, width].
 */
final class DepthwiseConv {
    private DepthwiseConv() {}

    /** Every value of an array, row-major. */
    static double[] values(org.nd4j.linalg.api.ndarray.INDArray a) {
        return Rows.read(a);
    }

    static double[] forward(double[] in, double[] taps, double[] bias, Shape s) {
        double[] out = new double[in.length];
        for (int row = 0; row < s.batch * s.length; row++) {
            System.arraycopy(bias, 0, out, row * s.width, s.width);
        }
        for (int b = 0; b < s.batch; b++) {
            for (int t = 0; t < s.length; t++) {
                int o = (b * s.length + t) * s.width;
                for (int j = 0; j < s.kernel; j++) {
                    int p = t + j - s.offset;
                    if (p < 0 || p >= s.length) {
                        continue;
                    }
                    int i = (b * s.length + p) * s.width;
                    int k = j * s.width;
                    for (int c = 0; c < s.width; c++) {
                        out[o + c] += in[i + c] * taps[k + c];
                    }
                }
            }
        }
        return out;
    }

    /** Adds the taps' and bias's gradients into {@code dTaps}, {@code dBias}; returns the input's. */
    static double[] backward(double[] in, double[] taps, double[] g, double[] dTaps, double[] dBias, Shape s) {
        double[] dIn = new double[in.length];
        for (int b = 0; b < s.batch; b++) {
            for (int t = 0; t < s.length; t++) {
                int o = (b * s.length + t) * s.width;
                for (int c = 0; c < s.width; c++) {
                    dBias[c] += g[o + c];
                }
                for (int j = 0; j < s.kernel; j++) {
                    int p = t + j - s.offset;
                    if (p < 0 || p >= s.length) {
                        continue;
                    }
                    int i = (b * s.length + p) * s.width;
                    int k = j * s.width;
                    for (int c = 0; c < s.width; c++) {
                        dIn[i + c] += g[o + c] * taps[k + c];
                        dTaps[k + c] += in[i + c] * g[o + c];
                    }
                }
            }
        }
        return dIn;
    }

    /** @param offset (kernel − 1) / 2 for a centred window, kernel − 1 for a causal one */
    record Shape(int batch, int length, int width, int kernel, int offset) {}
}
