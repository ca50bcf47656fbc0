package dev.revnas.ops;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Position-wise feed-forward: Linear(w→h), ReLU, Linear(h→w). */
public final class Ffn implements PositionWise {
    private final Linear up;
    private final Linear down;

    public Ffn(Init init, String name, int width, int hidden) {
        this.up = new Linear(init, name + ".up", width, hidden);
        this.down = new Linear(init, name + ".down", hidden, width);
    }

    public Linear up() {
        return up;
    }

    public Linear down() {
        return down;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        Pass pUp = up.forward(x);
        INDArray pre = pUp.out();
        INDArray act = Transforms.relu(pre, true);
        Pass pDown = down.forward(act);
        return Pass.of(pDown.out(), g -> {
            INDArray dAct = pDown.backward(g);
            INDArray dPre = Nd4j.createUninitialized(pre.dataType(), pre.shape());
            Nd4j.exec(new RectifiedLinearDerivative(pre, dAct, dPre));
            return pUp.backward(dPre);
        });
    }

    /** Decoding: the fused products, nothing kept for backward. */
    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        return down.applyFused(Transforms.relu(up.applyFused(x), false));
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(up.params());
        all.addAll(down.params());
        return all;
    }
}
