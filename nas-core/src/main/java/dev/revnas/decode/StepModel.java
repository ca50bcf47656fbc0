package dev.revnas.decode;

import java.util.List;

/**
 * What beam search needs from a model: the next token's log-probabilities of every hypothesis,
 * one position at a time. Implemented by ND4J ({@link Nd4jSteps}) and by ONNX Runtime (the
 * nas-onnx module), so one search drives both and their translations can be compared.
 */
public interface StepModel extends AutoCloseable {

    /** The vocabulary size V of every row of log-probabilities. */
    int vocab();

    /** Frees the engine's native resources (ONNX Runtime's sessions); ND4J's steps hold none. */
    @Override
    default void close() {}

    /** Encodes a batch of sources (ids without EOS); each sentence gets {@code beam} rows. */
    Session start(List<int[]> sources, int beam);

    /** The decoding state of one batch; rows are sentence-major ({@code s·beam + j}). */
    interface Session extends AutoCloseable {

        /** Log-probabilities [rows × V], row-major, given each row's last token (BOS first). */
        double[] next(long[] previous);

        /** Row r continues the hypothesis of row {@code parents[r]} from now on. */
        void reorder(int[] parents);

        /** Frees what the session holds off-heap; nothing to report. */
        @Override
        void close();
    }
}
