package dev.revnas.onnx;

import dev.revnas.InvalidInputException;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.ops.Conv1d;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.OutputProjection;
import dev.revnas.ops.SepConv;
import dev.revnas.ops.TokenEmbedding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The decoder-step graph of {@link TransformerExport}: one position for every hypothesis, its state in and out. */
final class DecoderGraph extends StackGraph {
    private final Map<MultiHeadAttention, Integer> crossIndex = new IdentityHashMap<>();
    final List<TransformerExport.CacheEntry> caches = new ArrayList<>();
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

    /** The state input {@code past_<name>} ([rows, dims...]), reordered by {@code parents}: the value steps read. */
    private String past(String name, Object... dims) {
        String in = g.input("past_" + name, OnnxGraph.FLOAT, withRows(dims));
        return g.op("Gather", new String[] {in, parents}, "axis", 0L);
    }

    /** {@code value} as the state output {@code present_<name>}, the next step's {@code past_<name>}. */
    private void present(String value, String name, Object... dims) {
        g.output(value, "present_" + name, OnnxGraph.FLOAT, withRows(dims));
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
        caches.add(new TransformerExport.CacheEntry("kT_" + id, new long[] {h, dh, 0}));
        caches.add(new TransformerExport.CacheEntry("v_" + id, new long[] {h, 0, dh}));
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
        caches.add(new TransformerExport.CacheEntry(name, new long[] {k, w}));
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

    /** A state's dimensions after the rows. */
    private static Object[] withRows(Object[] dims) {
        Object[] all = new Object[dims.length + 1];
        all[0] = "rows";
        System.arraycopy(dims, 0, all, 1, dims.length);
        return all;
    }
}
