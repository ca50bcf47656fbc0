package dev.revnas.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import onnx.Onnx;
import org.nd4j.shade.protobuf.ByteString;

/**
 * Builds one ONNX graph node by node. The protocol buffers are ONNX's own (onnx.proto, as
 * generated classes that ship with nd4j-api); this class only names values uniquely and keeps
 * the builder calls short. Every value is float unless it holds ids or shapes (int64).
 */
final class OnnxGraph {
    /** ONNX opset 17: the first with LayerNormalization. */
    static final int OPSET = 17;
    /** IR version 8 goes with opset 17. */
    private static final int IR_VERSION = 8;

    static final int FLOAT = Onnx.TensorProto.DataType.FLOAT_VALUE;
    static final int INT64 = Onnx.TensorProto.DataType.INT64_VALUE;

    private final Onnx.GraphProto.Builder graph = Onnx.GraphProto.newBuilder();
    private int counter;

    OnnxGraph(String name) {
        graph.setName(name);
    }

    /**
     * Declares a graph input; a dimension is a number or a symbolic name (a String) such as
     * "rows".
     */
    String input(String name, int type, Object... dims) {
        graph.addInput(valueInfo(name, type, dims));
        return name;
    }

    /** Declares {@code value} as the graph output {@code name} (an Identity when they differ). */
    void output(String value, String name, int type, Object... dims) {
        if (!value.equals(name)) {
            node("Identity", new String[] {value}, new String[] {name});
        }
        graph.addOutput(valueInfo(name, type, dims));
    }

    /** A float constant of the given shape (row-major values). */
    String floats(String name, float[] values, long... shape) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return initializer(name, FLOAT, bytes, shape);
    }

    /** An int64 constant of the given shape. */
    String longs(String name, long[] values, long... shape) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        return initializer(name, INT64, bytes, shape);
    }

    /** A float scalar constant. */
    String scalar(float value) {
        return floats(fresh("const"), new float[] {value});
    }

    /** A 1-D int64 constant (shapes, axes, split sizes). */
    String ints(long... values) {
        return longs(fresh("ints"), values, values.length);
    }

    private String initializer(String name, int type, ByteBuffer bytes, long... shape) {
        Onnx.TensorProto.Builder t = Onnx.TensorProto.newBuilder().setName(name).setDataType(type)
                .setRawData(ByteString.copyFrom(bytes.array()));
        for (long d : shape) {
            t.addDims(d);
        }
        graph.addInitializer(t);
        return name;
    }

    /** One node with one output, a fresh name; attributes are name, value pairs (long, float or long[]). */
    String op(String type, String[] inputs, Object... attributes) {
        return node(type, inputs, new String[] {fresh(type)}, attributes)[0];
    }

    /** One node with {@code outputs} fresh outputs. */
    String[] ops(String type, int outputs, String[] inputs, Object... attributes) {
        String[] names = new String[outputs];
        for (int i = 0; i < outputs; i++) {
            names[i] = fresh(type);
        }
        return node(type, inputs, names, attributes);
    }

    String[] node(String type, String[] inputs, String[] outputs, Object... attributes) {
        Onnx.NodeProto.Builder n = Onnx.NodeProto.newBuilder().setOpType(type).setName(fresh("node_" + type));
        for (String i : inputs) {
            n.addInput(i);
        }
        for (String o : outputs) {
            n.addOutput(o);
        }
        for (int a = 0; a < attributes.length; a += 2) {
            n.addAttribute(attribute((String) attributes[a], attributes[a + 1]));
        }
        graph.addNode(n);
        return outputs;
    }

    private static Onnx.AttributeProto attribute(String name, Object value) {
        Onnx.AttributeProto.Builder a = Onnx.AttributeProto.newBuilder().setName(name);
        if (value instanceof Long l) {
            a.setType(Onnx.AttributeProto.AttributeType.INT).setI(l);
        } else if (value instanceof Integer i) {
            a.setType(Onnx.AttributeProto.AttributeType.INT).setI(i);
        } else if (value instanceof Float f) {
            a.setType(Onnx.AttributeProto.AttributeType.FLOAT).setF(f);
        } else if (value instanceof long[] ls) {
            a.setType(Onnx.AttributeProto.AttributeType.INTS);
            for (long l : ls) {
                a.addInts(l);
            }
        } else {
            throw new IllegalArgumentException("attribute " + name + " has an unsupported type " + value.getClass());
        }
        return a.build();
    }

    private static Onnx.ValueInfoProto valueInfo(String name, int type, Object... dims) {
        Onnx.TensorShapeProto.Builder shape = Onnx.TensorShapeProto.newBuilder();
        for (Object d : dims) {
            Onnx.TensorShapeProto.Dimension.Builder dim = Onnx.TensorShapeProto.Dimension.newBuilder();
            if (d instanceof String symbol) {
                dim.setDimParam(symbol);
            } else {
                dim.setDimValue(((Number) d).longValue());
            }
            shape.addDim(dim);
        }
        return Onnx.ValueInfoProto.newBuilder().setName(name).setType(Onnx.TypeProto.newBuilder()
                .setTensorType(Onnx.TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape))).build();
    }

    private String fresh(String prefix) {
        return prefix + "_" + counter++;
    }

    /** The graph as a serialised ModelProto, ready for ONNX Runtime or a file. */
    byte[] model() {
        return Onnx.ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName("revnas")
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph).build().toByteArray();
    }
}
