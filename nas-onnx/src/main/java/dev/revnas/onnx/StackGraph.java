package dev.revnas.onnx;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Cell;
import dev.revnas.model.CellCoupling;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.ResidualStack;
import dev.revnas.model.ReversibleSequenceStack;
import dev.revnas.model.SequenceStack;
import dev.revnas.ops.Conv1d;
import dev.revnas.ops.Ffn;
import dev.revnas.ops.Glu;
import dev.revnas.ops.Identity;
import dev.revnas.ops.LayerNorm;
import dev.revnas.ops.Linear;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.PreNormed;
import dev.revnas.ops.SepConv;
import dev.revnas.ops.TokenEmbedding;
import dev.revnas.reversible.ReversibleStack;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What both graphs share: parameters as initializers, the stacks, and every op that needs no state. */
abstract class StackGraph {
    final OnnxGraph g;
    final EncoderDecoder model;
    final int width;
    private final Map<Param, String> added = new IdentityHashMap<>();

    StackGraph(String name, EncoderDecoder model) {
        this.g = new OnnxGraph(name);
        this.model = model;
        this.width = model.config().hidden();
    }

    /** A parameter as an initializer, once per graph (a tied table serves the embedding and the output). */
    String param(Param p) {
        return added.computeIfAbsent(p, q -> g.floats(q.name(), q.value().dup('c').data().asFloat(), q.value().shape()));
    }

    /** A parameter's values rearranged: {@code permute} of its array, as an initializer named after it. */
    String param(Param p, String suffix, INDArray rearranged) {
        INDArray c = rearranged.dup('c');
        return g.floats(p.name() + suffix, c.data().asFloat(), c.shape());
    }

    String layerNorm(String x, LayerNorm norm) {
        return g.op("LayerNormalization", new String[] {x, param(norm.gain()), param(norm.bias())},
                "axis", -1L, "epsilon", (float) LayerNorm.EPSILON);
    }

    String linear(String x, Linear linear) {
        return g.op("Gemm", new String[] {x, param(linear.weight()), param(linear.bias())});
    }

    String add(String a, String b) {
        return g.op("Add", new String[] {a, b});
    }

    /** Token rows scaled by √d: [N] ids → [N, d]. */
    String embed(String ids, TokenEmbedding embedding) {
        String rows = g.op("Gather", new String[] {param(embedding.table()), ids}, "axis", 0L);
        return g.op("Mul", new String[] {rows, g.scalar((float) Math.sqrt(width))});
    }

    String positions(TokenEmbedding embedding) {
        INDArray table = embedding.positions(TransformerExport.POSITIONS, DataType.FLOAT).dup('c');
        return g.floats("positions", table.data().asFloat(), TransformerExport.POSITIONS, width);
    }

    String reshape(String x, long... shape) {
        return g.op("Reshape", new String[] {x, g.ints(shape)});
    }

    String transpose(String x, long... perm) {
        return g.op("Transpose", new String[] {x}, "perm", perm);
    }

    /** softmax(scores · 1/√dh + bias) · values; {@code bias} may be null. */
    String attend(String product, int headWidth, String bias, String values) {
        String scores = g.op("Mul", new String[] {product, g.scalar((float) (1.0 / Math.sqrt(headWidth)))});
        if (bias != null) {
            scores = add(scores, bias);
        }
        String probs = g.op("Softmax", new String[] {scores}, "axis", -1L);
        return g.op("MatMul", new String[] {probs, values});
    }

    /** A stack over rows x [N, d]. */
    String stack(SequenceStack stack, String x) {
        if (stack instanceof ResidualStack residual) {
            for (List<Op> block : residual.blocks()) {
                for (Op op : block) {
                    x = add(x, op(op, x));
                }
            }
            return x;
        }
        ReversibleStack s = ((ReversibleSequenceStack) stack).reversible();
        int n = s.splits();
        String[] chunks = g.ops("Split", n, new String[] {x}, "axis", 1L);
        for (int l = 0; l < s.depth(); l++) {
            for (int i = 0; i < n; i++) {
                String[] others = new String[n - 1];
                for (int j = 0, k = 0; j < n; j++) {
                    if (j != i) {
                        others[k++] = chunks[j];
                    }
                }
                String u = others.length == 1 ? others[0] : g.op("Concat", others, "axis", 1L);
                chunks[i] = add(chunks[i], op(s.layer(l).coupling(i), u));
            }
        }
        return g.op("Concat", chunks, "axis", 1L);
    }

    /** One op on rows x; the stateless ones here, attention and convolutions by graph. */
    String op(Op op, String x) {
        if (op instanceof PreNormed p) {
            return op(p.body(), layerNorm(x, p.norm()));
        }
        if (op instanceof CellCoupling c) {
            return op(c.cell(), linear(layerNorm(x, c.norm()), c.in()));
        }
        if (op instanceof Cell cell) {
            List<List<Cell.Edge>> nodes = cell.nodes();
            String[] values = new String[nodes.size() + 1];
            values[0] = x;
            for (int k = 1; k <= nodes.size(); k++) {
                for (Cell.Edge e : nodes.get(k - 1)) {
                    String out = op(e.op(), values[e.from()]);
                    values[k] = values[k] == null ? out : add(values[k], out);
                }
            }
            return values[nodes.size()];
        }
        if (op instanceof Identity) {
            return x;
        }
        if (op instanceof Ffn f) {
            return linear(g.op("Relu", new String[] {linear(x, f.up())}), f.down());
        }
        if (op instanceof Glu glu) {
            String[] halves = g.ops("Split", 2, new String[] {linear(x, glu.projection())}, "axis", 1L);
            return g.op("Mul", new String[] {halves[0], g.op("Sigmoid", new String[] {halves[1]})});
        }
        if (op instanceof MultiHeadAttention a) {
            return attention(a, x);
        }
        if (op instanceof Conv1d c) {
            return conv(c, x);
        }
        if (op instanceof SepConv c) {
            return linear(depthwise(c, x), c.pointwise());
        }
        throw new InvalidInputException("ONNX export does not support the op " + op.getClass().getSimpleName());
    }

    abstract String attention(MultiHeadAttention a, String x);

    abstract String conv(Conv1d c, String x);

    /** A separable convolution's per-channel part, before its pointwise product. */
    abstract String depthwise(SepConv c, String x);

    /** Conv1d's weight [k, in, out] as ONNX's [out, in, k]. */
    String convWeight(Conv1d c) {
        return param(c.weight(), ".oik", c.weight().value().permute(2, 1, 0));
    }

    /** The taps (tap j of channel c at j·w + c) as ONNX's grouped weight [w, 1, k]. */
    String depthwiseWeight(SepConv c) {
        int k = c.kernel();
        long w = c.depthwiseBias().value().length();
        return param(c.depthwise(), ".w1k", c.depthwise().value().reshape(k, w).transpose().reshape(w, 1, k));
    }

    abstract byte[] build();
}
