package dev.revnas.ops;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** LayerNorm, then the wrapped op, then dropout: how every candidate op but zero and identity runs. */
public final class PreNormed implements Op {
    private final LayerNorm norm;
    private final Op body;
    private final Dropout dropout;

    public PreNormed(Init init, String name, int width, Op body, double dropout) {
        this.norm = new LayerNorm(init, name + ".norm", width);
        this.body = body;
        this.dropout = new Dropout(dropout);
    }

    public LayerNorm norm() {
        return norm;
    }

    public Op body() {
        return body;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        Pass pNorm = norm.forward(x, env);
        Pass pBody = body.forward(pNorm.out(), env.child(0));
        Pass pDrop = dropout.forward(pBody.out(), env.child(1));
        return Pass.of(pDrop.out(), g -> pNorm.backward(pBody.backward(pDrop.backward(g))));
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        return body.advance(norm.apply(x), env.child(0), cache);
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(norm.params());
        all.addAll(body.params());
        return all;
    }
}
