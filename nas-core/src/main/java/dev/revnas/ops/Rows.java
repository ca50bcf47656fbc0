package dev.revnas.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bulk copies between ND4J arrays and Java arrays, for the few kernels written in Java. */
final class Rows {
    private Rows() {}

    /** The values of x in row-major order, widened to double. */
    static double[] read(INDArray x) {
        INDArray dense = isDense(x) ? x : x.dup('c');
        if (dense.dataType() == DataType.FLOAT) {
            float[] floats = readFloats(dense);
            double[] values = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                values[i] = floats[i];
            }
            return values;
        }
        if (dense.dataType() == DataType.DOUBLE) {
            double[] values = new double[(int) dense.length()];
            dense.data().asNioDouble().get(values);
            return values;
        }
        return dense.data().asDouble();
    }

    /** The values of a float array in row-major order, copied in bulk. */
    static float[] readFloats(INDArray x) {
        if (x.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("a float array was expected, got " + x.dataType());
        }
        INDArray dense = isDense(x) ? x : x.dup('c');
        float[] floats = new float[(int) dense.length()];
        dense.data().asNioFloat().get(floats);
        return floats;
    }

    /**
     * A new c-order float array holding {@code values}, copied in bulk into the native buffer:
     * Nd4j.create(float[]) copies element by element through an indexer (about a tenth of a
     * GDAS search step went to such copies, docs/benchmarks.md).
     */
    static INDArray floats(float[] values, long[] shape) {
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        out.data().asNioFloat().put(values);
        return out;
    }

    /** A new array shaped and typed like {@code like}, in the current scope, holding {@code values}. */
    static INDArray write(double[] values, INDArray like) {
        return write(values, like.shape(), like.dataType());
    }

    static INDArray write(double[] values, long[] shape, DataType type) {
        if (type == DataType.FLOAT) {
            // Narrowed here: Nd4j.create(double[], FLOAT) converts element by element, 10x slower.
            float[] narrow = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                narrow[i] = (float) values[i];
            }
            return floats(narrow, shape);
        }
        if (type == DataType.DOUBLE) {
            INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, shape, 'c');
            out.data().asNioDouble().put(values);
            return out;
        }
        return Nd4j.create(values, shape, type);
    }

    /** The rows {@code rows} of a [n, ...] array (first axis), as a new array. */
    static INDArray select(INDArray a, INDArray rows) {
        long[] shape = a.shape().clone();
        shape[0] = rows.length();
        INDArray flat = a.reshape(a.size(0), a.length() / a.size(0));
        return Nd4j.pullRows(flat, 1, rows.toIntVector()).reshape(shape);
    }

    private static boolean isDense(INDArray x) {
        return x.ordering() == 'c' && x.offset() == 0 && x.data().length() == x.length() && !x.isView();
    }
}
