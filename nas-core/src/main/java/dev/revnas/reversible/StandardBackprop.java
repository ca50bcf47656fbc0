package dev.revnas.reversible;

import dev.revnas.ops.Env;
import dev.revnas.ops.Pass;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Ordinary backpropagation: every coupling's forward pass is kept until the backward pass. */
final class StandardBackprop implements Backprop {
    static final StandardBackprop INSTANCE = new StandardBackprop();

    private StandardBackprop() {}

    @Override
    public StackPass forward(ReversibleStack stack, Chunks state, Env env) {
        int n = stack.splits();
        List<Pass> passes = new ArrayList<>(stack.depth() * n);
        for (int layer = 0; layer < stack.depth(); layer++) {
            for (int i = 0; i < n; i++) {
                Pass pass = stack.layer(layer).coupling(i).forward(state.allBut(i), ReversibleStack.couplingEnv(env, layer, i));
                state.get(i).addi(pass.out());
                passes.add(pass);
            }
        }
        return grad -> {
            for (int k = passes.size() - 1; k >= 0; k--) {
                int i = k % n;
                INDArray gradOthers = passes.get(k).backward(grad.get(i));
                grad.addAllBut(i, gradOthers);
            }
        };
    }
}
