package dev.revnas.model;

import dev.revnas.config.BackpropMode;
import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** An encoder or decoder stack over [rows, d] hidden states: reversible (searched, derived) or residual (baseline). */
public interface SequenceStack {

    /** Runs the stack; the pass's backward returns ∂L/∂x. A residual stack only knows standard backprop. */
    Pass forward(INDArray x, Env env, BackpropMode mode);

    /** Runs the stack without keeping anything for a backward pass (evaluation, encoding). */
    INDArray apply(INDArray x, Env env);

    /** Decodes one position for every hypothesis (decoder stacks). */
    INDArray advance(INDArray x, Env env, DecodeCache cache);

    List<Param> params();

    int depth();
}
