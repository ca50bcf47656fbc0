package dev.revnas.search;

import dev.revnas.config.BackpropMode;
import dev.revnas.model.Batch;
import dev.revnas.model.BatchLoss;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import dev.revnas.optim.GradientClipping;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The architecture update of the bilevel optimisation (DARTS's architect.py), and only that.
 * First order: α follows ∇_α L_A(w, α). Second order: the gradient of L_A(w′(α), α) after a virtual weight
 * step w′ = w − u(∇_w L_W(w, α)) with the weight optimiser's real update u (Adam's, with its moments, as DARTS's
 * uses SGD's momentum and weight decay): ∇_α L_A(w′, α) − ∇²_{α,w} L_W(w, α) · (u′ ⊙ ∇_{w′} L_A(w′, α)), u′ the
 * update's element-wise derivative, the Hessian-vector product by central finite differences.
 */
final class Architect {
    private final EncoderDecoder model;
    private final List<Param> weights;
    private final List<Param> alphas;
    private final Adam optimizer;
    private final Adam weightOptimizer;
    private final boolean secondOrder;
    private final BackpropMode mode;

    /** @param weightOptimizer the weights' optimiser, whose update the second-order virtual step takes */
    Architect(EncoderDecoder model, List<Param> weights, List<Param> alphas, Adam optimizer, Adam weightOptimizer,
            boolean secondOrder, BackpropMode mode) {
        this.model = model;
        this.weights = weights;
        this.alphas = alphas;
        this.optimizer = optimizer;
        this.weightOptimizer = weightOptimizer;
        this.secondOrder = secondOrder;
        this.mode = mode;
    }

    Adam optimizer() {
        return optimizer;
    }

    /** One α update; returns the loss on the A batch. {@code xi} is the weights' current learning rate. */
    BatchLoss step(Batch alphaBatch, Batch weightBatch, double xi, long seed) {
        BatchLoss onArch = gradient(alphaBatch, weightBatch, xi, seed);
        optimizer.step(optimizer.settings().lr());
        return onArch;
    }

    /** Leaves the α gradient of this step in α's grads (the weights are as before); returns the loss on the A batch. */
    BatchLoss gradient(Batch alphaBatch, Batch weightBatch, double xi, long seed) {
        if (!secondOrder) {
            return firstOrder(alphaBatch, seed);
        }
        model.zeroGrads();
        return unrolled(alphaBatch, weightBatch, xi, seed);
    }

    /** ∇_α L_A(w, α) alone: the weights are frozen, so the products that only feed their gradients are skipped. */
    private BatchLoss firstOrder(Batch alphaBatch, long seed) {
        alphas.forEach(Param::zeroGrad);
        weights.forEach(w -> w.freeze(true));
        try {
            return model.trainStep(alphaBatch, mode, seed, false);
        } finally {
            weights.forEach(w -> w.freeze(false));
        }
    }

    private BatchLoss unrolled(Batch alphaBatch, Batch weightBatch, double xi, long seed) {
        List<INDArray> original = copies(weights, false);
        model.trainStep(weightBatch, mode, seed ^ 0x51L, false);
        List<INDArray> derivatives = new ArrayList<>(weights.size());
        for (Param w : weights) {
            Adam.VirtualStep virtual = weightOptimizer.virtualStep(w, w.grad(), xi);
            w.value().subi(virtual.update()); // w′ = w − u(∇_w L_W)
            derivatives.add(virtual.derivative());
        }
        model.zeroGrads();
        BatchLoss onArch = model.trainStep(alphaBatch, mode, seed, false);
        List<INDArray> alphaGrad = copies(alphas, true);
        List<INDArray> v = new ArrayList<>(weights.size());
        for (int i = 0; i < weights.size(); i++) {
            v.add(weights.get(i).grad().mul(derivatives.get(i))); // u′ ⊙ ∇_{w′} L_A
        }
        double eps = 0.01 / Math.max(Math.sqrt(GradientClipping.squaredNorm(v)), 1e-12);
        List<INDArray> plus = alphaGradAt(original, v, eps, weightBatch, seed);
        List<INDArray> minus = alphaGradAt(original, v, -eps, weightBatch, seed);
        for (int i = 0; i < weights.size(); i++) {
            weights.get(i).value().assign(original.get(i));
        }
        model.zeroGrads();
        for (int i = 0; i < alphas.size(); i++) {
            INDArray hessianTerm = plus.get(i).sub(minus.get(i)).divi(2 * eps);
            alphas.get(i).grad().assign(alphaGrad.get(i).sub(hessianTerm));
        }
        return onArch;
    }

    /** ∇_α L_W at w + eps·v. */
    private List<INDArray> alphaGradAt(List<INDArray> original, List<INDArray> v, double eps, Batch weightBatch, long seed) {
        for (int i = 0; i < weights.size(); i++) {
            weights.get(i).value().assign(original.get(i).add(v.get(i).mul(eps)));
        }
        model.zeroGrads();
        model.trainStep(weightBatch, mode, seed ^ 0x51L, false);
        return copies(alphas, true);
    }

    private static List<INDArray> copies(List<Param> params, boolean grads) {
        List<INDArray> out = new ArrayList<>(params.size());
        for (Param p : params) {
            out.add((grads ? p.grad() : p.value()).dup());
        }
        return out;
    }
}
