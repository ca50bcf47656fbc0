package dev.revnas.onnx;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Cell;
import dev.revnas.model.CellCoupling;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.ResidualStack;
import dev.revnas.model.ReversibleSequenceStack;
import dev.revnas.model.SequenceStack;
import dev.revnas.ops.MultiHeadAttention;
import dev.revnas.ops.Op;
import dev.revnas.ops.PreNormed;
import dev.revnas.reversible.ReversibleStack;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

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
}
