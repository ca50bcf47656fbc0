package dev.revnas.search;

import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * PC-DARTS's edge (Xu et al., ICLR 2020): the first 1/K of the input's channels go through
 * the mixed op, the rest bypass it; the two are concatenated, shuffled with K channel groups
 * (so that the next edge samples other channels), and scaled by the edge-normalisation
 * weight softmax(β_k)_j of this edge among the edges into its node.
 */
final class PartialChannelOp implements Op {
    private final MixedOp mixed;
    private final int groups;
    private final Param beta;
    private final int edge;

    /**
     * @param mixed the mixed op at 1/K of the width
     * @param groups K
     * @param beta the node's edge-normalisation logits, one per incoming edge; null for a node with one edge
     * @param edge this edge's index j in β
     */
    PartialChannelOp(MixedOp mixed, int groups, Param beta, int edge) {
        this.mixed = mixed;
        this.groups = groups;
        this.beta = beta;
        this.edge = edge;
    }

    @Override
    public Pass forward(INDArray x, Env env) {
        long part = x.size(1) / groups;
        Pass pass = mixed.forward(x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, part)).dup(), env);
        INDArray shuffled = shuffle(join(pass.out(), x, part), groups);
        if (beta == null) {
            return Pass.of(shuffled, g -> backward(pass, unshuffle(g, groups), part));
        }
        double[] b = MixedOp.weights(beta);
        return Pass.of(shuffled.mul(b[edge]), g -> {
            // ∂L/∂β_i = s · b_j (δ_ij − b_i), s = <g, shuffled>: the softmax Jacobian of β.
            double s = Nd4j.getBlasWrapper().dot(g, shuffled);
            double[] dBeta = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                dBeta[i] = s * b[edge] * ((i == edge ? 1 : 0) - b[i]);
            }
            beta.grad().addi(Nd4j.create(dBeta, beta.value().shape(), beta.value().dataType()));
            return backward(pass, unshuffle(g.mul(b[edge]), groups), part);
        });
    }

    /** The input gradient from the gradient of the joined channels: the mixed op's part, then the bypass. */
    private INDArray backward(Pass pass, INDArray gJoined, long part) {
        INDArray dPart = pass.backward(gJoined.get(NDArrayIndex.all(), NDArrayIndex.interval(0, part)).dup());
        return join(dPart, gJoined, part);
    }

    /** [first | columns part.. of rest]: the mixed op's channels, then the bypassed ones. */
    private INDArray join(INDArray first, INDArray rest, long part) {
        if (part == rest.size(1)) {
            return first.dup();
        }
        return Nd4j.concat(1, first, rest.get(NDArrayIndex.all(), NDArrayIndex.interval(part, rest.size(1))));
    }

    /** PC-DARTS's channel shuffle: [N, K·c] read as [N, K, c], transposed to [N, c, K]. */
    static INDArray shuffle(INDArray x, int groups) {
        long n = x.size(0);
        long c = x.size(1) / groups;
        return x.reshape(n, groups, c).permute(0, 2, 1).dup('c').reshape(n, x.size(1));
    }

    /** The inverse of {@link #shuffle}. */
    static INDArray unshuffle(INDArray x, int groups) {
        long n = x.size(0);
        long c = x.size(1) / groups;
        return x.reshape(n, c, groups).permute(0, 2, 1).dup('c').reshape(n, x.size(1));
    }

    @Override
    public INDArray advance(INDArray x, Env env, DecodeCache cache) {
        long part = x.size(1) / groups;
        INDArray out = mixed.advance(x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, part)).dup(), env, cache);
        INDArray shuffled = shuffle(join(out, x, part), groups);
        return beta == null ? shuffled : shuffled.muli(MixedOp.weights(beta)[edge]);
    }

    /** The mixed op's weights and α, then β. */
    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>(mixed.params());
        if (beta != null) {
            all.add(beta);
        }
        return all;
    }
}
