package dev.revnas.reversible;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.memory.OffHeap;
import dev.revnas.memory.Workspaces;
import dev.revnas.model.CellCoupling;
import dev.revnas.model.TransformerCells;
import dev.revnas.ops.Env;
import dev.revnas.ops.Init;
import dev.revnas.ops.Linear;
import dev.revnas.ops.Op;
import dev.revnas.ops.SeqMask;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class ReversibleStackTest {
    private static final int HIDDEN = 24;

    static ReversibleStack stack(int depth, int splits, int hidden, DataType type, boolean decoder) {
        Init init = new Init(1, type);
        int w = hidden / splits;
        TransformerCells cells = new TransformerCells(2, 0.1);
        List<ReversibleLayer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            List<Op> couplings = new ArrayList<>();
            for (int i = 0; i < splits; i++) {
                String name = "s." + l + ".f" + i;
                couplings.add(new CellCoupling(init, name, (splits - 1) * w, w,
                        cells.cell(init, name + ".cell", w, hidden, decoder, l)));
            }
            layers.add(new ReversibleLayer(couplings));
        }
        return new ReversibleStack("test", layers, hidden, decoder ? hidden : 0, type);
    }

    private static Env decoderEnv(DataType type) {
        SeqMask self = SeqMask.ofLengths(type, new int[] {6, 4}, 6);
        SeqMask source = SeqMask.ofLengths(type, new int[] {3, 5}, 5);
        Nd4j.getRandom().setSeed(9);
        return new Env(self, Nd4j.rand(type, 10, HIDDEN), source, null, true, 77);
    }

    @ParameterizedTest(name = "reconstructs inputs after 24 layers in float64, {0} splits")
    @ValueSource(ints = {2, 3, 4})
    void inverseOfForwardIsExactInDouble(int splits) {
        ReversibleStack stack = stack(24, splits, HIDDEN, DataType.DOUBLE, true);
        Env env = decoderEnv(DataType.DOUBLE);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 12, HIDDEN).subi(0.5);
        Chunks state = Chunks.split(x, splits);
        stack.forward(state, env, BackpropMode.RECONSTRUCT);
        assertTrue(Transforms.abs(state.joined().sub(x)).maxNumber().doubleValue() > 0.1, "the stack changed its input");
        stack.inverse(state, env);
        double maxAbs = Transforms.abs(state.joined().sub(x)).maxNumber().doubleValue();
        assertTrue(maxAbs < 1e-10, "max abs error " + maxAbs);
    }

    @ParameterizedTest(name = "reconstructs inputs after 24 layers in float32, {0} splits")
    @ValueSource(ints = {2, 3, 4})
    void inverseOfForwardIsCloseInFloat(int splits) {
        ReversibleStack stack = stack(24, splits, HIDDEN, DataType.FLOAT, true);
        Env env = decoderEnv(DataType.FLOAT);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 12, HIDDEN).subi(0.5);
        Chunks state = Chunks.split(x, splits);
        stack.forward(state, env, BackpropMode.RECONSTRUCT);
        stack.inverse(state, env);
        // Relative to the input's scale: the error of each entry over max|x|.
        double scale = Transforms.abs(x).maxNumber().doubleValue();
        double maxRel = Transforms.abs(state.joined().sub(x)).maxNumber().doubleValue() / scale;
        assertTrue(maxRel < 1e-4, "max relative error " + maxRel);
    }

    /** Off-heap bytes the forward pass leaves held, above what was held before the step. */
    private static long bytesHeldAfterForward(int depth, BackpropMode mode) {
        Workspaces.releaseAll();
        ReversibleStack stack = stack(depth, 2, 128, DataType.FLOAT, false);
        SeqMask seq = SeqMask.full(DataType.FLOAT, 16, 32);
        Env env = Env.encoder(seq, true, 5);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 512, 128);
        long before = OffHeap.settledHeldBytes();
        long held = 0;
        for (int iteration = 0; iteration < 3; iteration++) {
            try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
                Chunks state = Chunks.split(x, 2);
                StackPass pass = stack.forward(state, env, mode);
                held = OffHeap.heldBytes() - before;
                pass.backward(state.zerosLike());
            }
        }
        Workspaces.releaseAll();
        return held;
    }

    @Test
    void reconstructionHoldsNoMoreMemoryAfterForwardAt16LayersThanAt2() {
        bytesHeldAfterForward(2, BackpropMode.RECONSTRUCT); // warms ND4J's caches
        long shallow = bytesHeldAfterForward(2, BackpropMode.RECONSTRUCT);
        long deep = bytesHeldAfterForward(16, BackpropMode.RECONSTRUCT);
        assertTrue(deep <= shallow * 1.05, "reconstruct: 2 layers " + shallow + " B, 16 layers " + deep + " B");
        long standardShallow = bytesHeldAfterForward(2, BackpropMode.STANDARD);
        long standardDeep = bytesHeldAfterForward(16, BackpropMode.STANDARD);
        assertTrue(standardDeep > 4 * standardShallow,
                "standard mode keeps activations: 2 layers " + standardShallow + " B, 16 layers " + standardDeep + " B");
    }

    @Test
    void rejectsBadShapesWhenBuilt() {
        Init init = new Init(1, DataType.FLOAT);
        var bad = assertThrows(IllegalArgumentException.class, () -> new ReversibleStack("enc",
                List.of(new ReversibleLayer(List.of(new Linear(init, "a", 8, 8), new Linear(init, "b", 8, 4)))),
                16, 0, DataType.FLOAT));
        assertTrue(bad.getMessage().contains("layer 0 coupling 1 outputs shape [1, 4]"), bad.getMessage());
        var indivisible = assertThrows(IllegalArgumentException.class, () -> new ReversibleStack("enc",
                List.of(new ReversibleLayer(List.of(new Linear(init, "a", 8, 8), new Linear(init, "b", 8, 8),
                        new Linear(init, "c", 8, 8)))), 16, 0, DataType.FLOAT));
        assertTrue(indivisible.getMessage().contains("hidden size 16 is not divisible by splits 3"), indivisible.getMessage());
        var oneSplit = assertThrows(IllegalArgumentException.class,
                () -> new ReversibleLayer(List.of(new Linear(init, "a", 8, 8))));
        assertTrue(oneSplit.getMessage().contains("at least 2 splits"), oneSplit.getMessage());
        var noLayers = assertThrows(IllegalArgumentException.class,
                () -> new ReversibleStack("enc", List.of(), 16, 0, DataType.FLOAT));
        assertTrue(noLayers.getMessage().contains("layers must be at least 1"), noLayers.getMessage());
    }
}
