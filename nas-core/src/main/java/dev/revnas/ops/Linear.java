package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.XwPlusB;
import org.nd4j.linalg.factory.Nd4j;

/** y = x·W + b, with W of shape [in, out]. */
public final class Linear implements PositionWise {
    /** Above this many rows the separate product and broadcast were faster (bench decode, batch 32 × beam 4). */
    private static final int FUSED_ROWS = 32;

    private final Param weight;
    private final Param bias;

    public Linear(Init init, String name, int in, int out) {
        this.weight = init.xavier(name + ".weight", in, out, in, out);
        this.bias = init.zeros(name + ".bias", out);
    }

    public Param weight() {
        return weight;
    }

    public Param bias() {
        return bias;
    }

    public int in() {
        return (int) weight.value().size(0);
    }

    public int out() {
        return (int) weight.value().size(1);
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        return forward(x);
    }

    /** Linear needs nothing from the environment; callers without one use this. */
    public Pass forward(INDArray x) {
        INDArray y = apply(x);
        return Pass.of(y, g -> {
            if (weight.needsGrad()) {
                Flops.product(x.size(0), in(), out(), 1);
                Nd4j.gemm(x, g, weight.grad(), true, false, 1.0, 1.0);
                addColumnSums(g, bias.grad());
            }
            Flops.product(x.size(0), in(), out(), 1);
            return Nd4j.gemm(g, weight.value(), false, true);
        });
    }

    /** Forward without keeping anything for backward (decoding). */
    public INDArray apply(INDArray x) {
        Flops.product(x.size(0), in(), out(), 1);
        // Nd4j.gemm into a c-order result: INDArray.mmul measured 3-5x slower at these sizes.
        return Nd4j.gemm(x, weight.value(), false, false).addiRowVector(bias.value());
    }

    /**
     * Forward for decoding, where a product has a few rows and the bias's separate broadcast costs
     * about as much as the product: ND4J's fused xw_plus_b, one op instead of two. Its last bits may
     * differ from {@link #apply}'s (the en-de test split still decodes to the same translations), so
     * training, whose recorded runs are compared digit for digit, keeps apply.
     */
    public INDArray applyFused(INDArray x) {
        if (x.size(0) > FUSED_ROWS) {
            return apply(x);
        }
        Flops.product(x.size(0), in(), out(), 1);
        return Nd4j.exec(new XwPlusB(x, weight.value(), bias.value()))[0];
    }

    /** into += column sums of g, as a ones-vector gemm: 5x faster than g.sum(0) measured here. */
    static void addColumnSums(INDArray g, INDArray into) {
        INDArray ones = Nd4j.ones(g.dataType(), 1, g.size(0));
        Nd4j.gemm(ones, g, into.reshape(1, into.length()), false, false, 1.0, 1.0);
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }
}
