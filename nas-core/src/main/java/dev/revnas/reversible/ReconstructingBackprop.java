package dev.revnas.reversible;

import dev.revnas.memory.Workspaces;
import dev.revnas.ops.Env;
import dev.revnas.ops.Op;
import dev.revnas.ops.Pass;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Backpropagation with reconstruction (design §3), the one place this algorithm lives.
 *
 * <p>Forward keeps nothing but the stack's output: each coupling runs in a scratch scope
 * that is reused by the next one. Backward walks the layers from the top; for each coupling
 * i = n..1 it re-runs F_i on u_i (chunks j &lt; i are still outputs, j &gt; i already
 * recovered inputs), recovers x_i = y_i − F_i(u_i) in place, and backpropagates the
 * cotangent g_i through that fresh forward pass. Memory is the stack state plus one
 * coupling's activations, whatever the depth.
 */
final class ReconstructingBackprop implements Backprop {
    static final ReconstructingBackprop INSTANCE = new ReconstructingBackprop();

    private ReconstructingBackprop() {}

    @Override
    public StackPass forward(ReversibleStack stack, Chunks state, Env env) {
        int n = stack.splits();
        for (int layer = 0; layer < stack.depth(); layer++) {
            for (int i = 0; i < n; i++) {
                Op coupling = stack.layer(layer).coupling(i);
                try (MemoryWorkspace scratch = Workspaces.open(Workspaces.COUPLING)) {
                    Pass pass = coupling.forward(state.allBut(i), ReversibleStack.couplingEnv(env, layer, i));
                    state.get(i).addi(pass.out());
                }
            }
        }
        return grad -> {
            for (int layer = stack.depth() - 1; layer >= 0; layer--) {
                for (int i = n - 1; i >= 0; i--) {
                    Op coupling = stack.layer(layer).coupling(i);
                    try (MemoryWorkspace scratch = Workspaces.open(Workspaces.COUPLING)) {
                        Pass pass = coupling.forward(state.allBut(i), ReversibleStack.couplingEnv(env, layer, i));
                        state.get(i).subi(pass.out());
                        INDArray gradOthers = pass.backward(grad.get(i));
                        grad.addAllBut(i, gradOthers);
                    }
                }
            }
        };
    }
}
