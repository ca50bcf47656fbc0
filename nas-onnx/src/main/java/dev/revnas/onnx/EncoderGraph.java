package dev.revnas.onnx;

import dev.revnas.InvalidInputException;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.ops.Conv1d;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.SepConv;
import dev.revnas.ops.TokenEmbedding;
import java.util.List;

/** The encoder graph of {@link TransformerExport}: source ids and mask in, key bias and cross-attention keys and values out. */
final class EncoderGraph extends StackGraph {
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
