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
import dev.revnas.ops.OutputProjection;
import dev.revnas.ops.Param;
import dev.revnas.ops.PreNormed;
import dev.revnas.ops.SepConv;
import dev.revnas.ops.TokenEmbedding;
import dev.revnas.reversible.ReversibleStack;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained encoder–decoder as two ONNX graphs, computing what ND4J's {@code encode} and
 * {@code nextLogProbs} compute, for the baseline Transformer and for derived (reversible)
 * networks alike:
 *
 * <ul>
 *   <li><b>encoder</b>: {@code source_ids} [B, S] (EOS-terminated, padded) and {@code source_mask}
 *       [B, S] (1 token, 0 padding) → {@code key_bias} [B, 1, 1, S] and, per cross-attention op j
 *       of the decoder, its keys {@code cross_kT_j} [B, H, dh, S] (transposed, ready for the
 *       product) and values {@code cross_v_j} [B, H, S, dh];</li>
 *   <li><b>decoder step</b>: the last token of each hypothesis {@code tokens} [R], its
 *       {@code position} [1], the rows {@code parents} [R] each hypothesis continues, the encoder's
 *       outputs repeated per hypothesis, and per {@link CacheEntry} its state {@code past_<name>}
 *       → {@code log_probs} [R, V] and every state reordered by {@code parents} and advanced by
 *       one position, {@code present_<name>}. The caller never copies the cache.</li>
 * </ul>
 *
 * Sequence tensors stay [rows, width] as in ND4J, and every product, scale, bias, mask and
 * padding is applied in the same order, so the two engines differ only in their kernels'
 * rounding. An op the export does not know is named in the error.
 */
public final class TransformerExport {
    /** The ONNX operator set the graphs use. */
    public static final int OPSET = OnnxGraph.OPSET;
    /** Rows of the position table: the longest target the decoder step can reach. */
    public static final int POSITIONS = 1024;

    /**
     * One piece of the decoder's state between steps: a self-attention's keys ({@code kT_i}, [R, H,
     * dh, T]) or values ({@code v_i}, [R, H, T, dh]), or a causal convolution's last inputs
     * ({@code win_i}, [R, k, w]). {@code shape} is its shape before the first step without the rows;
     * it starts as zeros.
     */
    public record CacheEntry(String name, long[] shape) {}

    /** Both graphs, serialised, and the decoder state they pass between steps. */
    public record Graphs(byte[] encoder, byte[] decoder, List<CacheEntry> caches, int positions) {}

    private TransformerExport() {}

    public static Graphs export(EncoderDecoder model) {
        if (model.config().type() != DataType.FLOAT) {
            throw new InvalidInputException("ONNX export needs a float model; this one is " + model.config().type());
        }
        List<MultiHeadAttention> cross = new ArrayList<>();
        collectCross(model.decoder(), cross);
        DecoderGraph decoder = new DecoderGraph(model, cross);
        byte[] decoderBytes = decoder.build();
        return new Graphs(new EncoderGraph(model, cross).build(), decoderBytes, List.copyOf(decoder.caches), POSITIONS);
    }

    /** The decoder's cross-attention ops in the order both graphs visit them. */
    private static void collectCross(SequenceStack stack, List<MultiHeadAttention> into) {
        for (Op op : ops(stack)) {
            collectCross(op, into);
        }
    }

    private static void collectCross(Op op, List<MultiHeadAttention> into) {
        if (op instanceof PreNormed p) {
            collectCross(p.body(), into);
        } else if (op instanceof MultiHeadAttention a && a.isCross()) {
            into.add(a);
        } else if (op instanceof CellCoupling c) {
            collectCross(c.cell(), into);
        } else if (op instanceof Cell cell) {
            cell.nodes().forEach(edges -> edges.forEach(e -> collectCross(e.op(), into)));
        }
    }

    /** Every top-level op of a stack in the order it runs (a residual block's sublayers, a layer's couplings). */
    private static List<Op> ops(SequenceStack stack) {
        List<Op> all = new ArrayList<>();
        if (stack instanceof ResidualStack residual) {
            residual.blocks().forEach(all::addAll);
        } else if (stack instanceof ReversibleSequenceStack reversible) {
            ReversibleStack s = reversible.reversible();
            for (int l = 0; l < s.depth(); l++) {
                for (int i = 0; i < s.splits(); i++) {
                    all.add(s.layer(l).coupling(i));
                }
            }
        } else {
            throw new InvalidInputException("ONNX export does not support the stack " + stack.getClass().getSimpleName());
        }
        return all;
    }

    /** What both graphs share: parameters as initializers, the stacks, and every op that needs no state. */
    private abstract static class Graph {
        final OnnxGraph g;
        final EncoderDecoder model;
        final int width;
        private final Map<Param, String> added = new IdentityHashMap<>();

        Graph(String name, EncoderDecoder model) {
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
            INDArray table = embedding.positions(POSITIONS, DataType.FLOAT).dup('c');
            return g.floats("positions", table.data().asFloat(), POSITIONS, width);
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

    private static final class EncoderGraph extends Graph {
        private final List<MultiHeadAttention> cross;
        private String batchLength;
        private String keyBias;
        private String rowMask;

        EncoderGraph(EncoderDecoder model, List<MultiHeadAttention> cross) {
            super("revnas-encoder", model);
            this.cross = cross;
        }

        @Override
        byte[] build() {
            String ids = g.input("source_ids", OnnxGraph.INT64, "batch", "length");
            String mask = g.input("source_mask", OnnxGraph.FLOAT, "batch", "length");
            batchLength = g.op("Shape", new String[] {ids}); // [B, S]
            String length = g.op("Shape", new String[] {ids}, "start", 1L); // [S]
            // key bias: (mask − 1) · 1e9, as SeqMask.keyBias
            String bias = g.op("Mul", new String[] {g.op("Sub", new String[] {mask, g.scalar(1f)}), g.scalar(1e9f)});
            keyBias = g.op("Unsqueeze", new String[] {bias, g.ints(1, 2)});
            g.output(keyBias, "key_bias", OnnxGraph.FLOAT, "batch", 1, 1, "length");
            rowMask = reshape(mask, -1, 1);

            TokenEmbedding embedding = model.sourceEmbedding();
            String rows = g.op("Reshape", new String[] {embed(reshape(ids, -1), embedding), withLast(width)});
            String pos = g.op("Slice", new String[] {positions(embedding), g.ints(0), length, g.ints(0)});
            String x = reshape(add(rows, pos), -1, width);
            String memory = layerNorm(stack(model.encoder(), x), model.encoderNorm());
            for (int j = 0; j < cross.size(); j++) {
                MultiHeadAttention a = cross.get(j);
                int w = a.outputProjection().out();
                int h = a.heads();
                String[] kv = g.ops("Split", 2, new String[] {linear(memory, a.memoryProjection())}, "axis", 1L);
                String split = withLast(h, w / h);
                g.output(transpose(g.op("Reshape", new String[] {kv[0], split}), 0, 2, 3, 1), "cross_kT_" + j, OnnxGraph.FLOAT,
                        "batch", h, w / h, "length");
                g.output(transpose(g.op("Reshape", new String[] {kv[1], split}), 0, 2, 1, 3), "cross_v_" + j, OnnxGraph.FLOAT,
                        "batch", h, "length", w / h);
            }
            return g.model();
        }

        /** [B, S, dims...] as a shape tensor. */
        private String withLast(long... dims) {
            return g.op("Concat", new String[] {batchLength, g.ints(dims)}, "axis", 0L);
        }

        @Override
        String attention(MultiHeadAttention a, String x) {
            if (a.isCross()) {
                throw new InvalidInputException("cross-attention in the encoder");
            }
            int w = a.outputProjection().out();
            int h = a.heads();
            String[] qkv = g.ops("Split", 3, new String[] {linear(x, a.queryProjection())}, "axis", 1L);
            String split = withLast(h, w / h);
            String q = transpose(g.op("Reshape", new String[] {qkv[0], split}), 0, 2, 1, 3);
            String kT = transpose(g.op("Reshape", new String[] {qkv[1], split}), 0, 2, 3, 1);
            String v = transpose(g.op("Reshape", new String[] {qkv[2], split}), 0, 2, 1, 3);
            String context = attend(g.op("MatMul", new String[] {q, kT}), w / h, keyBias, v);
            return linear(reshape(transpose(context, 0, 2, 1, 3), -1, w), a.outputProjection());
        }

        /** Padded rows zeroed, [B, w, S] for ONNX's Conv, padded by {@code left} and kernel − 1 − left. */
        private String convolve(String x, int w, String weight, String bias, int kernel, int left, int group) {
            String in = transpose(g.op("Reshape", new String[] {g.op("Mul", new String[] {x, rowMask}), withLast(w)}), 0, 2, 1);
            String y = g.op("Conv", new String[] {in, weight, bias}, "kernel_shape", new long[] {kernel},
                    "pads", new long[] {left, kernel - 1 - left}, "group", (long) group);
            return reshape(transpose(y, 0, 2, 1), -1, w);
        }

        @Override
        String conv(Conv1d c, String x) {
            int w = (int) c.bias().value().length();
            int k = c.kernel();
            return convolve(x, w, convWeight(c), param(c.bias()), k, c.isCausal() ? k - 1 : (k - 1) / 2, 1);
        }

        @Override
        String depthwise(SepConv c, String x) {
            int w = (int) c.depthwiseBias().value().length();
            int k = c.kernel();
            return convolve(x, w, depthwiseWeight(c), param(c.depthwiseBias()), k, c.isCausal() ? k - 1 : (k - 1) / 2, w);
        }
    }

    private static final class DecoderGraph extends Graph {
        private final Map<MultiHeadAttention, Integer> crossIndex = new IdentityHashMap<>();
        final List<CacheEntry> caches = new ArrayList<>();
        /** Ops with state so far: names their state (kT_i and v_i, or win_i). */
        private int stateful;
        private String parents;
        private String keyBias;

        DecoderGraph(EncoderDecoder model, List<MultiHeadAttention> cross) {
            super("revnas-decoder-step", model);
            for (int j = 0; j < cross.size(); j++) {
                crossIndex.put(cross.get(j), j);
            }
        }

        @Override
        byte[] build() {
            String tokens = g.input("tokens", OnnxGraph.INT64, "rows");
            String position = g.input("position", OnnxGraph.INT64, 1);
            parents = g.input("parents", OnnxGraph.INT64, "rows");
            keyBias = g.input("key_bias", OnnxGraph.FLOAT, "rows", 1, 1, "length");
            TokenEmbedding embedding = model.targetEmbedding();
            String pos = g.op("Gather", new String[] {positions(embedding), position}, "axis", 0L); // [1, d]
            String h = layerNorm(stack(model.decoder(), add(embed(tokens, embedding), pos)), model.decoderNorm());
            OutputProjection output = model.output();
            String logits = output.linear() != null ? linear(h, output.linear())
                    : g.op("Gemm", new String[] {h, param(model.targetEmbedding().table())}, "transB", 1L);
            g.output(g.op("LogSoftmax", new String[] {logits}, "axis", -1L), "log_probs", OnnxGraph.FLOAT, "rows", model.config().vocab());
            return g.model();
        }

        /** A state input, reordered by parents: its name in and the name its next value must be given out. */
        private String past(String name, Object... dims) {
            Object[] all = new Object[dims.length + 1];
            all[0] = "rows";
            System.arraycopy(dims, 0, all, 1, dims.length);
            String in = g.input("past_" + name, OnnxGraph.FLOAT, all);
            return g.op("Gather", new String[] {in, parents}, "axis", 0L);
        }

        private void present(String value, String name, Object... dims) {
            Object[] all = new Object[dims.length + 1];
            all[0] = "rows";
            System.arraycopy(dims, 0, all, 1, dims.length);
            g.output(value, "present_" + name, OnnxGraph.FLOAT, all);
        }

        @Override
        String attention(MultiHeadAttention a, String x) {
            int w = a.outputProjection().out();
            int h = a.heads();
            int dh = w / h;
            long[] oneStep = {-1, h, 1, dh};
            if (a.isCross()) {
                int j = crossIndex.get(a);
                String keys = g.input("cross_kT_" + j, OnnxGraph.FLOAT, "rows", h, dh, "length");
                String values = g.input("cross_v_" + j, OnnxGraph.FLOAT, "rows", h, "length", dh);
                String q = reshape(linear(x, a.queryProjection()), oneStep);
                String context = attend(g.op("MatMul", new String[] {q, keys}), dh, keyBias, values);
                return linear(reshape(context, -1, w), a.outputProjection());
            }
            int id = stateful++;
            caches.add(new CacheEntry("kT_" + id, new long[] {h, dh, 0}));
            caches.add(new CacheEntry("v_" + id, new long[] {h, 0, dh}));
            String[] qkv = g.ops("Split", 3, new String[] {linear(x, a.queryProjection())}, "axis", 1L);
            String q = reshape(qkv[0], oneStep);
            String kT = reshape(qkv[1], -1, h, dh, 1); // one column: [R, H, dh, 1] is [R, H, 1, dh] transposed
            String v = reshape(qkv[2], oneStep);
            String keys = g.op("Concat", new String[] {past("kT_" + id, h, dh, "past"), kT}, "axis", 3L);
            String values = g.op("Concat", new String[] {past("v_" + id, h, "past", dh), v}, "axis", 2L);
            present(keys, "kT_" + id, h, dh, "present");
            present(values, "v_" + id, h, "present", dh);
            String context = attend(g.op("MatMul", new String[] {q, keys}), dh, null, values);
            return linear(reshape(context, -1, w), a.outputProjection());
        }

        /** The last {@code k} inputs of every row, [R, k, w], oldest first, with x [R, w] the newest. */
        private String window(int k, int w, String x) {
            String name = "win_" + stateful++;
            caches.add(new CacheEntry(name, new long[] {k, w}));
            String older = g.op("Slice", new String[] {past(name, k, w), g.ints(1), g.ints(k), g.ints(1)});
            String next = g.op("Concat", new String[] {older, reshape(x, -1, 1, w)}, "axis", 1L);
            present(next, name, k, w);
            return next;
        }

        @Override
        String conv(Conv1d c, String x) {
            if (!c.isCausal()) {
                throw new InvalidInputException("a non-causal convolution in the decoder");
            }
            int w = (int) c.bias().value().length();
            int k = c.kernel();
            INDArray flat = c.weight().value().reshape((long) k * w, w);
            return g.op("Gemm", new String[] {reshape(window(k, w, x), -1, (long) k * w), param(c.weight(), ".flat", flat),
                    param(c.bias())});
        }

        @Override
        String depthwise(SepConv c, String x) {
            if (!c.isCausal()) {
                throw new InvalidInputException("a non-causal separable convolution in the decoder");
            }
            int w = (int) c.depthwiseBias().value().length();
            int k = c.kernel();
            String taps = param(c.depthwise(), ".taps", c.depthwise().value().reshape(1, k, w));
            String products = g.op("Mul", new String[] {window(k, w, x), taps});
            String summed = g.op("ReduceSum", new String[] {products, g.ints(1)}, "keepdims", 0L);
            return add(summed, param(c.depthwiseBias()));
        }
    }
}
