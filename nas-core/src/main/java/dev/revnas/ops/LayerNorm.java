package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layer normalisation over the feature axis: y = (x − mean) / √(var + ε) · gain + bias.
 *
 * <p>Written as a row kernel rather than ND4J's layer_norm / layer_norm_bp: on [2048, 128]
 * float rows those measured 2.8 ms forward and 8.0 ms backward here, and a network runs
 * several per coupling. Float arrays go through {@link FloatLayerNorm}; the double kernel here
 * is the reference. Statistics are recomputed in backward from the input the caller keeps
 * anyway, so the pass stores nothing extra.
 */
public final class LayerNorm implements PositionWise {
    public static final double EPSILON = 1e-5;

    private final Param gain;
    private final Param bias;

    public LayerNorm(Init init, String name, int width) {
        this.gain = init.ones(name + ".gain", width);
        this.bias = init.zeros(name + ".bias", width);
    }

    public Param gain() {
        return gain;
    }

    public Param bias() {
        return bias;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        INDArray y = apply(x);
        return Pass.of(y, g -> backward(x, g));
    }

    public INDArray apply(INDArray x) {
        int width = (int) x.size(1);
        if (x.dataType() == DataType.FLOAT) {
            float[] v = Rows.readFloats(x);
            FloatLayerNorm.forward(v, Rows.readFloats(gain.value()), Rows.readFloats(bias.value()), width);
            return Rows.floats(v, x.shape());
        }
        double[] v = Rows.read(x);
        double[] gamma = Rows.read(gain.value());
        double[] beta = Rows.read(bias.value());
        for (int start = 0; start < v.length; start += width) {
            double mean = mean(v, start, width);
            double rstd = reciprocalStd(v, start, width, mean);
            for (int i = start, j = 0; j < width; i++, j++) {
                v[i] = (v[i] - mean) * rstd * gamma[j] + beta[j];
            }
        }
        return Rows.write(v, x);
    }

    private INDArray backward(INDArray x, INDArray gradOut) {
        int width = (int) x.size(1);
        if (x.dataType() == DataType.FLOAT) {
            float[] g = Rows.readFloats(gradOut);
            float[] dGain = new float[width];
            float[] dBias = new float[width];
            FloatLayerNorm.backward(Rows.readFloats(x), g, Rows.readFloats(gain.value()), dGain, dBias, width);
            gain.grad().addi(Rows.floats(dGain, gain.value().shape()));
            bias.grad().addi(Rows.floats(dBias, bias.value().shape()));
            return Rows.floats(g, gradOut.shape());
        }
        double[] xs = Rows.read(x);
        double[] g = Rows.read(gradOut);
        double[] gamma = Rows.read(gain.value());
        double[] dGain = new double[width];
        double[] dBias = new double[width];
        for (int start = 0; start < xs.length; start += width) {
            double mean = mean(xs, start, width);
            double rstd = reciprocalStd(xs, start, width, mean);
            // dx = rstd · (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂)), with ĝ = g ⊙ gain and x̂ the normalised input.
            double meanG = 0;
            double meanGx = 0;
            for (int i = start, j = 0; j < width; i++, j++) {
                double xhat = (xs[i] - mean) * rstd;
                double gh = g[i] * gamma[j];
                meanG += gh;
                meanGx += gh * xhat;
                dGain[j] += g[i] * xhat;
                dBias[j] += g[i];
                xs[i] = xhat;
            }
            meanG /= width;
            meanGx /= width;
            for (int i = start, j = 0; j < width; i++, j++) {
                g[i] = rstd * (g[i] * gamma[j] - meanG - xs[i] * meanGx);
            }
        }
        gain.grad().addi(Nd4j.create(dGain, gain.value().shape(), gain.value().dataType()));
        bias.grad().addi(Nd4j.create(dBias, bias.value().shape(), bias.value().dataType()));
        return Rows.write(g, gradOut);
    }

    private static double mean(double[] v, int start, int width) {
        double sum = 0;
        for (int i = start; i < start + width; i++) {
            sum += v[i];
        }
        return sum / width;
    }

    /** 1 / √(var + ε) of one row. */
    private static double reciprocalStd(double[] v, int start, int width, double mean) {
        double var = 0;
        for (int i = start; i < start + width; i++) {
            double d = v[i] - mean;
            var += d * d;
        }
        return 1 / Math.sqrt(var / width + EPSILON);
    }

    @Override
    public List<Param> params() {
        return List.of(gain, bias);
    }
}
