package dev.revnas.reversible;

/** A reversible stack's forward evaluation; its backward turns output gradients into input gradients. */
public interface StackPass {

    /**
     * Given {@code grad} = ∂L/∂(stack output) as chunks, accumulates parameter gradients and
     * overwrites {@code grad} in place with ∂L/∂(stack input).
     */
    void backward(Chunks grad);
}
