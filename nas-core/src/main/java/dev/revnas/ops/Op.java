package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable function of a sequence tensor {@code x} of shape [batch·length, width}
 * (rows ordered by batch, then position), with read access to the {@link Env}.
 *
 * <p>An op never knows whether it runs under reconstruction: it computes its forward pass,
 * keeps what its backward pass needs inside the returned {@link Pass}, and accumulates
 * parameter gradients in place when that pass runs backward.
 */
public interface Op {

    Pass forward(INDArray x, Env env);

    /** The trainable parameters, each once. */
    List<Param> params();

    /**
     * Decodes one new position: {@code x} is [rows, width] (one row per hypothesis) and the op
     * may read and extend what it kept from earlier positions in {@code cache}. Must equal the
     * last position of {@link #forward} over the whole prefix.
     */
    INDArray advance(INDArray x, Env env, DecodeCache cache);
}
