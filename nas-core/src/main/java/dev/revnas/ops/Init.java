package dev.revnas.ops;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Creates parameters with seeded initial values. Each parameter's values depend only on the
 * model seed and the parameter's name, not on construction order or backend, so that two
 * models built from the same config start identical.
 */
public final class Init {
    private final long seed;
    private final DataType type;

    public Init(long seed, DataType type) {
        this.seed = seed;
        this.type = type;
    }

    public DataType type() {
        return type;
    }

    /** Xavier/Glorot uniform for a [fanIn, fanOut] matrix. */
    public Param xavier(String name, long fanIn, long fanOut, long... shape) {
        return uniform(name, Math.sqrt(6.0 / (fanIn + fanOut)), shape);
    }

    public Param uniform(String name, double bound, long... shape) {
        SplittableRandom random = new SplittableRandom(Env.mix(seed, name.hashCode()));
        double[] values = new double[Math.toIntExact(product(shape))];
        for (int i = 0; i < values.length; i++) {
            values[i] = (2 * random.nextDouble() - 1) * bound;
        }
        return new Param(name, outsideWorkspaces(() -> Nd4j.create(values, shape, type)));
    }

    public Param normal(String name, double std, long... shape) {
        SplittableRandom random = new SplittableRandom(Env.mix(seed, name.hashCode()));
        double[] values = new double[Math.toIntExact(product(shape))];
        for (int i = 0; i < values.length; i += 2) {
            // Box-Muller: two normals per pair of uniforms.
            double r = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * std;
            double a = 2 * Math.PI * random.nextDouble();
            values[i] = r * Math.cos(a);
            if (i + 1 < values.length) {
                values[i + 1] = r * Math.sin(a);
            }
        }
        return new Param(name, outsideWorkspaces(() -> Nd4j.create(values, shape, type)));
    }

    public Param zeros(String name, long... shape) {
        return new Param(name, outsideWorkspaces(() -> Nd4j.zeros(type, shape)));
    }

    public Param ones(String name, long... shape) {
        return new Param(name, outsideWorkspaces(() -> Nd4j.ones(type, shape)));
    }

    private static long product(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    static INDArray outsideWorkspaces(java.util.function.Supplier<INDArray> create) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return create.get();
        }
    }
}
