package dev.revnas.ops;

/**
 * LayerNorm's row kernel on float arrays, the path every float network takes. {@link LayerNorm}'s
 * double kernel is the reference the float64 gradient tests check; this one computes the same
 * thing in float and is checked against it (LayerNormKernelTest). Why a second kernel: the
 * double one widened every value, kept its row reductions in one latency-bound chain and mixed
 * reductions with element-wise work, so no loop vectorised; on [4,096, 128] rows it took 7 ms
 * forward and 20 ms forward plus backward (a GDAS search step runs some 250 of them). Here each
 * reduction runs in four independent accumulators and the element-wise loops are separate.
 */
final class FloatLayerNorm {
    private FloatLayerNorm() {}

    /** Normalises every row of {@code v} (row-major, {@code width} wide) in place: (v − mean) · rstd · gamma + beta. */
    static void forward(float[] v, float[] gamma, float[] beta, int width) {
        for (int start = 0; start < v.length; start += width) {
            float mean = sum(v, start, width) / width;
            float rstd = reciprocalStd(v, start, width, mean);
            for (int j = 0; j < width; j++) {
                v[start + j] = (v[start + j] - mean) * rstd * gamma[j] + beta[j];
            }
        }
    }

    /**
     * Turns {@code g} (the output's gradient) into the input's, in place, and adds the gain's and
     * bias's gradients into {@code dGain} and {@code dBias}; {@code x} (the input) is overwritten
     * with the normalised input.
     */
    static void backward(float[] x, float[] g, float[] gamma, float[] dGain, float[] dBias, int width) {
        float[] gh = new float[width];
        for (int start = 0; start < x.length; start += width) {
            float mean = sum(x, start, width) / width;
            float rstd = reciprocalStd(x, start, width, mean);
            for (int j = 0; j < width; j++) {
                x[start + j] = (x[start + j] - mean) * rstd;
            }
            for (int j = 0; j < width; j++) {
                dGain[j] += g[start + j] * x[start + j];
                dBias[j] += g[start + j];
                gh[j] = g[start + j] * gamma[j];
            }
            // dx = rstd · (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂)), with ĝ = g ⊙ gain and x̂ the normalised input.
            float meanG = sum(gh, 0, width) / width;
            float meanGx = dot(gh, x, start, width) / width;
            for (int j = 0; j < width; j++) {
                g[start + j] = rstd * (gh[j] - meanG - x[start + j] * meanGx);
            }
        }
    }

    private static float sum(float[] v, int start, int width) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = start;
        int end = start + width;
        for (; i + 3 < end; i += 4) {
            s0 += v[i];
            s1 += v[i + 1];
            s2 += v[i + 2];
            s3 += v[i + 3];
        }
        for (; i < end; i++) {
            s0 += v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_j a[j] · b[offset + j]. */
    private static float dot(float[] a, float[] b, int offset, int width) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < width; j += 4) {
            s0 += a[j] * b[offset + j];
            s1 += a[j + 1] * b[offset + j + 1];
            s2 += a[j + 2] * b[offset + j + 2];
            s3 += a[j + 3] * b[offset + j + 3];
        }
        for (; j < width; j++) {
            s0 += a[j] * b[offset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** 1 / √(var + ε) of one row, the variance about {@code mean} (two passes: no cancellation). */
    private static float reciprocalStd(float[] v, int start, int width, float mean) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = start;
        int end = start + width;
        for (; i + 3 < end; i += 4) {
            float d0 = v[i] - mean;
            float d1 = v[i + 1] - mean;
            float d2 = v[i + 2] - mean;
            float d3 = v[i + 3] - mean;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < end; i++) {
            float d = v[i] - mean;
            s0 += d * d;
        }
        return (float) (1 / Math.sqrt(((s0 + s1) + (s2 + s3)) / width + LayerNorm.EPSILON));
    }
}
