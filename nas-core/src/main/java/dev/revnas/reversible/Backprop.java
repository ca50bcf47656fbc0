package dev.revnas.reversible;

import dev.revnas.config.BackpropMode;
import dev.revnas.ops.Env;

/** A way to run a reversible stack forward and get its gradients back. */
public interface Backprop {

    /**
     * Runs every layer on {@code state} in place, so that it ends as the stack's output, and
     * returns the pass whose backward yields the gradients.
     */
    StackPass forward(ReversibleStack stack, Chunks state, Env env);

    static Backprop of(BackpropMode mode) {
        return mode == BackpropMode.STANDARD ? StandardBackprop.INSTANCE : ReconstructingBackprop.INSTANCE;
    }
}
