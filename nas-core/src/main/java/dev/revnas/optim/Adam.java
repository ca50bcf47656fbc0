package dev.revnas.optim;

import dev.revnas.config.AdamSettings;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam over a fixed list of parameters with ND4J's adam_updater kernel, L2 weight decay
 * added to the gradient (as DARTS's α optimiser does), and state that can be saved.
 */
public final class Adam {

    private final List<Param> params;
    private final AdamSettings settings;
    private final Map<Param, INDArray> firstMoment = new LinkedHashMap<>();
    private final Map<Param, INDArray> secondMoment = new LinkedHashMap<>();
    private int steps;

    public Adam(List<Param> params, AdamSettings settings) {
        this.params = List.copyOf(params);
        this.settings = settings;
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            for (Param p : params) {
                firstMoment.put(p, Nd4j.zeros(p.value().dataType(), p.value().shape()));
                secondMoment.put(p, Nd4j.zeros(p.value().dataType(), p.value().shape()));
            }
        }
    }

    public List<Param> params() {
        return params;
    }

    public AdamSettings settings() {
        return settings;
    }

    public int steps() {
        return steps;
    }

    /**
     * One update with learning rate {@code lr} from the parameters' accumulated gradients. The
     * gradients are consumed: each holds its parameter's update afterwards (zero them before the
     * next backward pass, as every caller does). Writing the update over the gradient saves a copy
     * of every parameter a step: a fresh off-heap array of a supernet's size cost more than the
     * update itself here (issue 11's profile).
     */
    public void step(double lr) {
        for (Param p : params) {
            INDArray update = p.grad();
            if (settings.weightDecay() > 0) {
                update.addi(p.value().mul(settings.weightDecay()));
            }
            // In place: update becomes the step, the moments advance.
            Nd4j.exec(new AdamUpdater(update, secondMoment.get(p), firstMoment.get(p), update,
                    secondMoment.get(p), firstMoment.get(p), lr, settings.beta1(), settings.beta2(),
                    settings.epsilon(), steps));
            p.value().subi(update);
        }
        steps++;
    }

    /**
     * The step {@link #step} would take for one parameter from gradient {@code grad}, without
     * advancing the state, and its derivative with respect to that gradient (element-wise:
     * Adam's update of one entry depends on that entry's gradient alone). DARTS's second-order
     * architecture gradient takes its virtual weight step with the weight optimiser's real update.
     */
    public VirtualStep virtualStep(Param p, INDArray grad, double lr) {
        INDArray g = grad.dup();
        if (settings.weightDecay() > 0) {
            g.addi(p.value().mul(settings.weightDecay()));
        }
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        // ND4J's adam_updater at iteration t: lr · √(1 − β2^(t+1)) / (1 − β1^(t+1)) · m / (√v + ε).
        double scale = lr * Math.sqrt(1 - Math.pow(b2, steps + 1)) / (1 - Math.pow(b1, steps + 1));
        INDArray m = firstMoment.get(p).mul(b1).addi(g.mul(1 - b1));
        INDArray root = Transforms.sqrt(secondMoment.get(p).mul(b2).addi(g.mul(g).muli(1 - b2)), false);
        INDArray denominator = root.add(settings.epsilon());
        INDArray update = m.div(denominator).muli(scale);
        // d update / d g = scale · [(1 − β1) / (r + ε) − m · (1 − β2) g / (r (r + ε)²)], r = √v; the second term is 0 where r is
        // (g is 0 there too): r is clamped to 1e-30, which float32 can hold, so that 0 / 0 does not make a NaN.
        INDArray second = m.mul(g).muli(1 - b2).divi(denominator.mul(denominator)).divi(Transforms.max(root, 1e-30, true));
        INDArray derivative = Transforms.pow(denominator, -1, true).muli(1 - b1).subi(second).muli(scale);
        return new VirtualStep(update, derivative);
    }

    /** @param update what a step would subtract from the parameter; @param derivative d update / d gradient, element-wise */
    public record VirtualStep(INDArray update, INDArray derivative) {}

    /** The state tensors by name ("m/<param>", "v/<param>"), for checkpoints. */
    public Map<String, INDArray> state() {
        Map<String, INDArray> state = new LinkedHashMap<>();
        for (Param p : params) {
            state.put("m/" + p.name(), firstMoment.get(p));
            state.put("v/" + p.name(), secondMoment.get(p));
        }
        return state;
    }

    public void restore(Map<String, INDArray> state, int steps) {
        List<String> missing = new ArrayList<>();
        for (Param p : params) {
            INDArray m = state.get("m/" + p.name());
            INDArray v = state.get("v/" + p.name());
            if (m == null || v == null) {
                missing.add(p.name());
                continue;
            }
            firstMoment.get(p).assign(m);
            secondMoment.get(p).assign(v);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("optimiser state lacks " + missing.size() + " parameters, e.g. " + missing.get(0));
        }
        this.steps = steps;
    }
}
