package dev.revnas.model;

import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Init;
import dev.revnas.ops.LayerNorm;
import dev.revnas.ops.Linear;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A coupling function F(u, c) = cell(Linear_{(n−1)w→w}(LayerNorm(u))) (design §4). */
public final class CellCoupling implements Op {
    private final LayerNorm norm;
    private final Linear in;
    private final Op cell;

    public CellCoupling(Init init, String name, int inWidth, int width, Op cell) {
        this.norm = new LayerNorm(init, name + ".norm", inWidth);
        this.in = new Linear(init, name + ".in", inWidth, width);
        this.cell = cell;
    }

    public LayerNorm norm() {
        return norm;
    }

    /** The projection of the other chunks, [(n−1)w, w]. */
    public Linear in() {
        return in;
    }

    public Op cell() {
        return cell;
    }

    @Override
    public Pass forward(INDArray u, Env env) {
        Pass pNorm = norm.forward(u, env);
        Pass pIn = in.forward(pNorm.out());
        Pass pCell = cell.forward(pIn.out(), env);
        return Pass.of(pCell.out(), g -> pNorm.backward(pIn.backward(pCell.backward(g))));
    }

    @Override
    public INDArray advance(INDArray u, Env env, DecodeCache cache) {
        return cell.advance(in.apply(norm.apply(u)), env, cache);
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(norm.params());
        all.addAll(in.params());
        all.addAll(cell.params());
        return all;
    }
}
