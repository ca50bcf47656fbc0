package dev.revnas.ops;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SoftmaxBp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Multi-head scaled dot-product attention. Self-attention reads keys and values from its
 * input (optionally causal); cross-attention reads them from the encoder output
 * ({@link Env#encoderOutput()}) and adds the gradient with respect to it into {@link Env#encoderOutputGrad()}.
 *
 * <p>ND4J's dot_product_attention takes only a per-key mask, not a causal one, so the core
 * is composed here from batched matmul, ND4J's softmax and its softmax_bp kernel.
 */
public final class MultiHeadAttention implements Op {
    private final int width;
    private final int heads;
    private final boolean causal;
    private final boolean cross;
    /** Self: one [w, 3w] projection for q, k, v. Cross: [w, w] for q. */
    private final Linear queryProj;
    /** Cross only: [memoryWidth, 2w] for k, v. */
    private final Linear encoderProj;
    private final Linear outProj;

    private MultiHeadAttention(Init init, String name, int width, int heads, boolean causal, int memoryWidth) {
        if (heads < 1 || width % heads != 0) {
            throw new IllegalArgumentException("attention heads (" + heads + ") must divide the width (" + width + ")");
        }
        this.width = width;
        this.heads = heads;
        this.causal = causal;
        this.cross = memoryWidth > 0;
        this.queryProj = new Linear(init, name + (cross ? ".q" : ".qkv"), width, cross ? width : 3 * width);
        this.encoderProj = cross ? new Linear(init, name + ".kv", memoryWidth, 2 * width) : null;
        this.outProj = new Linear(init, name + ".out", width, width);
    }

    public static MultiHeadAttention self(Init init, String name, int width, int heads, boolean causal) {
        return new MultiHeadAttention(init, name, width, heads, causal, 0);
    }

    public static MultiHeadAttention cross(Init init, String name, int width, int heads, int memoryWidth) {
        return new MultiHeadAttention(init, name, width, heads, false, memoryWidth);
    }

    public int heads() {
        return heads;
    }

    public boolean isCross() {
        return cross;
    }

    public boolean isCausal() {
        return causal;
    }

    /** Self: q, k and v side by side [w, 3w]. Cross: q [w, w]. */
    public Linear queryProjection() {
        return queryProj;
    }

    /** Cross only (else null): k and v of the encoder output, side by side [memoryWidth, 2w]. */
    public Linear memoryProjection() {
        return encoderProj;
    }

    public Linear outputProjection() {
        return outProj;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        if (cross && !env.hasMemory()) {
            throw new IllegalStateException("cross-attention needs the encoder output; it can only run in the decoder");
        }
        SeqMask queries = env.self();
        SeqMask keys = cross ? env.sourceMask() : queries;
        Pass pQuery = queryProj.forward(x);
        Pass pEncoder = cross ? encoderProj.forward(env.encoderOutput()) : null;
        INDArray kvSource = cross ? pEncoder.out() : pQuery.out();
        int kvOffset = cross ? 0 : 1;
        INDArray q = splitHeads(pQuery.out(), 0, queries);
        INDArray k = splitHeads(kvSource, kvOffset, keys);
        INDArray v = splitHeads(kvSource, kvOffset + 1, keys);

        double scale = 1.0 / Math.sqrt(width / (double) heads);
        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(scale)
                .reshape(queries.batch(), heads, queries.length(), keys.length());
        scores.addi(keys.keyBias());
        if (causal) {
            scores.addi(queries.causalBias());
        }
        INDArray probs = Nd4j.exec(new SoftMax(scores, scores.ulike(), 3))[0];
        INDArray probs3 = probs.reshape((long) queries.batch() * heads, queries.length(), keys.length());
        INDArray context = mergeHeads(Nd4j.matmul(probs3, v), queries);
        Pass pOut = outProj.forward(context);
        long blocks = (long) queries.batch() * heads;
        Flops.product(blocks * queries.length(), width / heads, keys.length(), 2); // q·kᵀ and probs·v

        return Pass.of(pOut.out(), g -> {
            INDArray dContext = splitHeads(pOut.backward(g), 0, queries);
            Flops.product(blocks * queries.length(), width / heads, keys.length(), 4);
            INDArray dProbs = Nd4j.matmul(dContext, v, false, true, false)
                    .reshape(scores.shape());
            INDArray dV = Nd4j.matmul(probs3, dContext, true, false, false);
            INDArray dScores = Nd4j.exec(new SoftmaxBp(scores, dProbs, scores.ulike(), 3))[0]
                    .muli(scale).reshape(probs3.shape());
            INDArray dQ = Nd4j.matmul(dScores, k);
            INDArray dK = Nd4j.matmul(dScores, q, true, false, false);
            if (cross) {
                INDArray dEncoder = pEncoder.backward(mergeHeads(dK, keys, dV));
                env.encoderOutputGrad().addi(dEncoder);
                return pQuery.backward(mergeHeads(dQ, queries));
            }
            return pQuery.backward(mergeHeads(dQ, queries, dK, dV));
        });
    }

    /** Columns [part·w, (part+1)·w) of a [B·T, k·w] projection as [B·heads, T, w/heads]. */
    private INDArray splitHeads(INDArray projected, int part, SeqMask seq) {
        INDArray cols = projected.get(NDArrayIndex.all(), NDArrayIndex.interval((long) part * width, (long) (part + 1) * width));
        return cols.reshape(seq.batch(), seq.length(), heads, width / heads)
                .permute(0, 2, 1, 3).dup('c')
                .reshape((long) seq.batch() * heads, seq.length(), width / heads);
    }

    /** [B·heads, T, w/heads] blocks side by side as [B·T, blocks·w], each copied once into its column block. */
    private INDArray mergeHeads(INDArray first, SeqMask seq, INDArray... rest) {
        INDArray merged = Nd4j.createUninitialized(first.dataType(), seq.rows(), (long) (1 + rest.length) * width);
        for (int part = 0; part <= rest.length; part++) {
            INDArray block = part == 0 ? first : rest[part - 1];
            // The column block reshapes to a strided view [B, T, heads, w/heads]; assign writes through it.
            INDArray target = merged.get(NDArrayIndex.all(), NDArrayIndex.interval((long) part * width, (long) (part + 1) * width))
                    .reshape(seq.batch(), seq.length(), heads, width / heads);
            if (!target.isView()) {
                throw new IllegalStateException("ND4J copied a column block on reshape; merging heads would lose it");
            }
            target.assign(block.reshape(seq.batch(), heads, seq.length(), width / heads).permute(0, 2, 1, 3));
        }
        return merged;
    }

    /** Keys and values of the positions seen so far (self) or of the source (cross), [rows, heads, T, w/heads]. */
    record KeysValues(INDArray keys, INDArray values) implements DecodeCache.Entry {
        @Override
        public KeysValues select(INDArray rows) {
            return new KeysValues(Rows.select(keys, rows), Rows.select(values, rows));
        }
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        long rows = x.size(0);
        int dh = width / heads;
        INDArray projected = queryProj.applyFused(x);
        INDArray q = onePosition(projected, 0, rows);
        KeysValues kv = cache.get(this);
        INDArray bias = null;
        if (cross) {
            if (kv == null) {
                INDArray encoderOutput = encoderProj.applyFused(env.encoderOutput());
                SeqMask source = env.sourceMask();
                kv = new KeysValues(splitHeads(encoderOutput, 0, source).reshape(rows, heads, source.length(), dh),
                        splitHeads(encoderOutput, 1, source).reshape(rows, heads, source.length(), dh));
                cache.put(this, kv);
            }
            bias = env.sourceMask().padded() ? env.sourceMask().keyBias() : null; // adding zeros changes nothing
        } else {
            INDArray k = onePosition(projected, 1, rows);
            INDArray v = onePosition(projected, 2, rows);
            kv = kv == null ? new KeysValues(k, v)
                    : new KeysValues(Nd4j.concat(2, kv.keys(), k), Nd4j.concat(2, kv.values(), v));
            cache.put(this, kv);
        }
        long seen = kv.keys().size(2);
        Flops.product(rows * heads, dh, seen, 2);
        INDArray scores = Nd4j.matmul(q.reshape(rows * heads, 1, dh), kv.keys().reshape(rows * heads, seen, dh), false, true, false)
                .muli(1.0 / Math.sqrt(dh)).reshape(rows, heads, 1, seen);
        if (bias != null) {
            scores.addi(bias);
        }
        INDArray probs = Nd4j.exec(new SoftMax(scores, scores.ulike(), 3))[0];
        INDArray context = Nd4j.matmul(probs.reshape(rows * heads, 1, seen), kv.values().reshape(rows * heads, seen, dh));
        return outProj.applyFused(context.reshape(rows, width));
    }

    /** Column block {@code part} of a one-position projection as [rows, heads, 1, w/heads]. */
    private INDArray onePosition(INDArray projected, int part, long rows) {
        if (projected.size(1) == width) { // cross-attention's query projection: already the block, no copy
            return projected.reshape(rows, heads, 1, width / heads);
        }
        return projected.get(NDArrayIndex.all(), NDArrayIndex.interval((long) part * width, (long) (part + 1) * width))
                .dup('c').reshape(rows, heads, 1, width / heads);
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(queryProj.params());
        if (encoderProj != null) {
            all.addAll(encoderProj.params());
        }
        all.addAll(outProj.params());
        return all;
    }
}
