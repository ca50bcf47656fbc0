package dev.revnas.onnx;

import dev.revnas.InvalidInputException;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.ResidualStack;
import dev.revnas.model.SequenceStack;
import dev.revnas.ops.Ffn;
import dev.revnas.ops.LayerNorm;
import dev.revnas.ops.Linear;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.Op;
import dev.revnas.ops.OutputProjection;
import dev.revnas.ops.Param;
import dev.revnas.ops.PreNormed;
import dev.revnas.ops.TokenEmbedding;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The baseline Transformer as two ONNX graphs, computing what ND4J's {@code encode} and
 * {@code nextLogProbs} compute:
 *
 * <ul>
 *   <li><b>encoder</b>: {@code source_ids} [B, S] (EOS-terminated, padded) and {@code source_mask}
 *       [B, S] (1 token, 0 padding) → {@code key_bias} [B, 1, 1, S] and, per decoder layer l,
 *       cross-attention keys {@code cross_kT_l} [B, H, dh, S] (transposed, ready for the product)
 *       and values {@code cross_v_l} [B, H, S, dh];</li>
 *   <li><b>decoder step</b>: the last token of each hypothesis {@code tokens} [R], its
 *       {@code position} [1], the rows {@code parents} [R] each hypothesis continues, the encoder's
 *       outputs repeated per hypothesis, and the self-attention cache {@code past_kT_l}
 *       [R, H, dh, T], {@code past_v_l} [R, H, T, dh] → {@code log_probs} [R, V] and the cache
 *       extended by one position, {@code present_kT_l}, {@code present_v_l}. The graph reorders
 *       the cache by {@code parents} itself, so the caller never copies it.</li>
 * </ul>
 *
 * Sequence tensors stay [rows, d] as in ND4J, and every product, scale and bias is applied in
 * the same order, so the two engines differ only in their kernels' rounding. Reversible
 * (searched or derived) stacks are not exported yet: the export names what it cannot handle.
 */
public final class TransformerExport {
    /** The ONNX operator set the graphs use. */
    public static final int OPSET = OnnxGraph.OPSET;
    /** Rows of the position table: the longest target the decoder step can reach. */
    public static final int POSITIONS = 1024;

    /** Both graphs, serialised; {@code heads}, {@code layers} and {@code headWidth} describe the cache. */
    public record Graphs(byte[] encoder, byte[] decoder, int heads, int decoderLayers, int headWidth, int positions) {}

    private TransformerExport() {}

    public static Graphs export(EncoderDecoder model) {
        if (model.config().type() != DataType.FLOAT) {
            throw new InvalidInputException("ONNX export needs a float model; this one is " + model.config().type());
        }
        List<List<Op>> encoder = blocks(model.encoder(), "encoder");
        List<List<Op>> decoder = blocks(model.decoder(), "decoder");
        MultiHeadAttention first = attention(decoder.get(0).get(0), "decoder");
        int width = model.config().hidden();
        int heads = first.heads();
        Graphs shapes = new Graphs(null, null, heads, decoder.size(), width / heads, POSITIONS);
        return new Graphs(new EncoderGraph(model, encoder, decoder, shapes).build(),
                new DecoderGraph(model, decoder, shapes).build(), heads, decoder.size(), width / heads, POSITIONS);
    }

    private static List<List<Op>> blocks(SequenceStack stack, String where) {
        if (!(stack instanceof ResidualStack residual)) {
            throw new InvalidInputException("ONNX export supports the baseline Transformer only; the " + where
                    + " is a " + stack.getClass().getSimpleName() + " (a searched or derived network)");
        }
        return residual.blocks();
    }

    static MultiHeadAttention attention(Op op, String where) {
        if (op instanceof PreNormed p && p.body() instanceof MultiHeadAttention a) {
            return a;
        }
        throw unsupported(op, where);
    }

    static Ffn ffn(Op op, String where) {
        if (op instanceof PreNormed p && p.body() instanceof Ffn f) {
            return f;
        }
        throw unsupported(op, where);
    }

    private static InvalidInputException unsupported(Op op, String where) {
        String name = op instanceof PreNormed p ? p.body().getClass().getSimpleName() : op.getClass().getSimpleName();
        return new InvalidInputException("ONNX export does not support the op " + name + " (in the " + where + ")");
    }

    /** What both graphs share: parameters as initializers, LayerNorm, Linear, embeddings. */
    abstract static class Graph {
        final OnnxGraph g;
        final EncoderDecoder model;
        final Graphs shapes;
        final int width;

        Graph(String name, EncoderDecoder model, Graphs shapes) {
            this.g = new OnnxGraph(name);
            this.model = model;
            this.shapes = shapes;
            this.width = model.config().hidden();
        }

        private final Map<Param, String> added = new IdentityHashMap<>();

        /** A parameter as an initializer, once per graph (a tied table serves the embedding and the output). */
        String param(Param p) {
            return added.computeIfAbsent(p, q -> g.floats(q.name(), q.value().dup('c').data().asFloat(), q.value().shape()));
        }

        String layerNorm(String x, LayerNorm norm) {
            return g.op("LayerNormalization", new String[] {x, param(norm.gain()), param(norm.bias())},
                    "axis", -1L, "epsilon", (float) LayerNorm.EPSILON);
        }

        String linear(String x, Linear linear) {
            return g.op("Gemm", new String[] {x, param(linear.weight()), param(linear.bias())});
        }

        /** Token rows scaled by √d: [N] ids → [N, d]. */
        String embed(String ids, TokenEmbedding embedding) {
            String rows = g.op("Gather", new String[] {table(embedding), ids}, "axis", 0L);
            return g.op("Mul", new String[] {rows, g.scalar((float) Math.sqrt(width))});
        }

        String table(TokenEmbedding embedding) {
            return param(embedding.table());
        }

        String positions(TokenEmbedding embedding) {
            INDArray table = embedding.positions(shapes.positions(), DataType.FLOAT).dup('c');
            return g.floats("positions", table.data().asFloat(), shapes.positions(), width);
        }

        /** [R, d] rows → [R, H, dims...]: heads split off the feature axis; {@code order} permutes. */
        String heads(String x, long[] shape, long[] order) {
            String r = g.op("Reshape", new String[] {x, g.ints(shape)});
            return order == null ? r : g.op("Transpose", new String[] {r}, "perm", order);
        }

        String softmaxContext(String scores, String values) {
            String probs = g.op("Softmax", new String[] {scores}, "axis", -1L);
            return g.op("MatMul", new String[] {probs, values});
        }

        String scaled(String product) {
            return g.op("Mul", new String[] {product, g.scalar((float) (1.0 / Math.sqrt(shapes.headWidth())))});
        }

        String ffnBlock(String x, Op op, String where) {
            PreNormed p = (PreNormed) op;
            Ffn f = ffn(op, where);
            String up = g.op("Relu", new String[] {linear(layerNorm(x, p.norm()), f.up())});
            return g.op("Add", new String[] {x, linear(up, f.down())});
        }

        abstract byte[] build();
    }

    private static final class EncoderGraph extends Graph {
        private final List<List<Op>> encoder;
        private final List<List<Op>> decoder;

        EncoderGraph(EncoderDecoder model, List<List<Op>> encoder, List<List<Op>> decoder, Graphs shapes) {
            super("revnas-encoder", model, shapes);
            this.encoder = encoder;
            this.decoder = decoder;
        }

        @Override
        byte[] build() {
            int h = shapes.heads();
            int dh = shapes.headWidth();
            String ids = g.input("source_ids", OnnxGraph.INT64, "batch", "length");
            String mask = g.input("source_mask", OnnxGraph.FLOAT, "batch", "length");
            String batchLength = g.op("Shape", new String[] {ids}); // [B, S]
            String length = g.op("Shape", new String[] {ids}, "start", 1L); // [S]
            // key bias: (mask − 1) · 1e9, as SeqMask.keyBias
            String bias = g.op("Mul", new String[] {g.op("Sub", new String[] {mask, g.scalar(1f)}), g.scalar(1e9f)});
            String keyBias = g.op("Unsqueeze", new String[] {bias, g.ints(1, 2)});
            g.output(keyBias, "key_bias", OnnxGraph.FLOAT, "batch", 1, 1, "length");

            TokenEmbedding embedding = model.sourceEmbedding();
            String flat = g.op("Reshape", new String[] {ids, g.ints(-1)});
            String rows = g.op("Reshape", new String[] {embed(flat, embedding), g.op("Concat",
                    new String[] {batchLength, g.ints(width)}, "axis", 0L)});
            String pos = g.op("Slice", new String[] {positions(embedding), g.ints(0), length, g.ints(0)});
            String x = g.op("Reshape", new String[] {g.op("Add", new String[] {rows, pos}), g.ints(-1, width)});
            String split4 = g.op("Concat", new String[] {batchLength, g.ints(h, dh)}, "axis", 0L); // [B, S, H, dh]

            for (List<Op> block : encoder) {
                PreNormed self = (PreNormed) block.get(0);
                MultiHeadAttention att = attention(self, "encoder");
                String[] qkv = g.ops("Split", 3, new String[] {linear(layerNorm(x, self.norm()), att.queryProjection())}, "axis", 1L);
                String q = g.op("Transpose", new String[] {g.op("Reshape", new String[] {qkv[0], split4})}, "perm", new long[] {0, 2, 1, 3});
                String kT = g.op("Transpose", new String[] {g.op("Reshape", new String[] {qkv[1], split4})}, "perm", new long[] {0, 2, 3, 1});
                String v = g.op("Transpose", new String[] {g.op("Reshape", new String[] {qkv[2], split4})}, "perm", new long[] {0, 2, 1, 3});
                String scores = g.op("Add", new String[] {scaled(g.op("MatMul", new String[] {q, kT})), keyBias});
                String context = g.op("Reshape", new String[] {g.op("Transpose", new String[] {softmaxContext(scores, v)},
                        "perm", new long[] {0, 2, 1, 3}), g.ints(-1, width)});
                x = g.op("Add", new String[] {x, linear(context, att.outputProjection())});
                x = ffnBlock(x, block.get(1), "encoder");
            }
            String memory = layerNorm(x, model.encoderNorm());
            for (int l = 0; l < decoder.size(); l++) {
                MultiHeadAttention cross = attention(decoder.get(l).get(1), "decoder");
                String[] kv = g.ops("Split", 2, new String[] {linear(memory, cross.memoryProjection())}, "axis", 1L);
                String kT = g.op("Transpose", new String[] {g.op("Reshape", new String[] {kv[0], split4})}, "perm", new long[] {0, 2, 3, 1});
                String v = g.op("Transpose", new String[] {g.op("Reshape", new String[] {kv[1], split4})}, "perm", new long[] {0, 2, 1, 3});
                g.output(kT, "cross_kT_" + l, OnnxGraph.FLOAT, "batch", h, dh, "length");
                g.output(v, "cross_v_" + l, OnnxGraph.FLOAT, "batch", h, "length", dh);
            }
            return g.model();
        }
    }

    private static final class DecoderGraph extends Graph {
        private final List<List<Op>> decoder;

        DecoderGraph(EncoderDecoder model, List<List<Op>> decoder, Graphs shapes) {
            super("revnas-decoder-step", model, shapes);
            this.decoder = decoder;
        }

        @Override
        byte[] build() {
            int h = shapes.heads();
            int dh = shapes.headWidth();
            String tokens = g.input("tokens", OnnxGraph.INT64, "rows");
            String position = g.input("position", OnnxGraph.INT64, 1);
            String parents = g.input("parents", OnnxGraph.INT64, "rows");
            String keyBias = g.input("key_bias", OnnxGraph.FLOAT, "rows", 1, 1, "length");
            TokenEmbedding embedding = model.targetEmbedding();
            String pos = g.op("Gather", new String[] {positions(embedding), position}, "axis", 0L); // [1, d]
            String x = g.op("Add", new String[] {embed(tokens, embedding), pos});
            long[] oneStep = {-1, h, 1, dh};
            for (int l = 0; l < decoder.size(); l++) {
                List<Op> block = decoder.get(l);
                String pastK = g.input("past_kT_" + l, OnnxGraph.FLOAT, "rows", h, dh, "past");
                String pastV = g.input("past_v_" + l, OnnxGraph.FLOAT, "rows", h, "past", dh);
                String crossK = g.input("cross_kT_" + l, OnnxGraph.FLOAT, "rows", h, dh, "length");
                String crossV = g.input("cross_v_" + l, OnnxGraph.FLOAT, "rows", h, "length", dh);

                PreNormed self = (PreNormed) block.get(0);
                MultiHeadAttention att = attention(self, "decoder");
                String[] qkv = g.ops("Split", 3, new String[] {linear(layerNorm(x, self.norm()), att.queryProjection())}, "axis", 1L);
                String q = heads(qkv[0], oneStep, null);
                String kT = heads(qkv[1], new long[] {-1, h, dh, 1}, null); // one column: [R, H, dh, 1] is [R, H, 1, dh] transposed
                String v = heads(qkv[2], oneStep, null);
                String keys = g.op("Concat", new String[] {g.op("Gather", new String[] {pastK, parents}, "axis", 0L), kT}, "axis", 3L);
                String values = g.op("Concat", new String[] {g.op("Gather", new String[] {pastV, parents}, "axis", 0L), v}, "axis", 2L);
                g.output(keys, "present_kT_" + l, OnnxGraph.FLOAT, "rows", h, dh, "present");
                g.output(values, "present_v_" + l, OnnxGraph.FLOAT, "rows", h, "present", dh);
                String context = softmaxContext(scaled(g.op("MatMul", new String[] {q, keys})), values);
                x = g.op("Add", new String[] {x, linear(g.op("Reshape", new String[] {context, g.ints(-1, width)}), att.outputProjection())});

                PreNormed crossBlock = (PreNormed) block.get(1);
                MultiHeadAttention cross = attention(crossBlock, "decoder");
                String cq = heads(linear(layerNorm(x, crossBlock.norm()), cross.queryProjection()), oneStep, null);
                String scores = g.op("Add", new String[] {scaled(g.op("MatMul", new String[] {cq, crossK})), keyBias});
                String crossContext = softmaxContext(scores, crossV);
                x = g.op("Add", new String[] {x, linear(g.op("Reshape", new String[] {crossContext, g.ints(-1, width)}), cross.outputProjection())});
                x = ffnBlock(x, block.get(2), "decoder");
            }
            String hidden = layerNorm(x, model.decoderNorm());
            OutputProjection output = model.output();
            String logits = output.linear() != null ? linear(hidden, output.linear())
                    : g.op("Gemm", new String[] {hidden, table(model.targetEmbedding())}, "transB", 1L);
            g.output(g.op("LogSoftmax", new String[] {logits}, "axis", -1L), "log_probs", OnnxGraph.FLOAT, "rows", model.config().vocab());
            return g.model();
        }
    }
}
