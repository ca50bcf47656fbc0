package dev.revnas.reversible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.BackpropMode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /**
     * Bytes the forward pass leaves in the step's scratch scope (index 0), and bytes every scope reserves once
     * sized by a whole step, forward and backward (index 1). Both come from the workspaces' own accounting, not
     * from off-heap totals, which also count buffers the garbage collector has yet to free and so vary from run
     * to run; the off-heap figures are MemoryBenchmark's ({@code revnas bench memory}).
     */
    private static long[] bytesKept(int depth, BackpropMode mode) {
        Workspaces.releaseAll();
        ReversibleStack stack = stack(depth, 2, 128, DataType.FLOAT, false);
        SeqMask seq = SeqMask.full(DataType.FLOAT, 16, 32);
        Env env = Env.encoder(seq, true, 5);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 512, 128);
        long kept = 0;
        for (int iteration = 0; iteration < 3; iteration++) { // the first one sizes the scopes
            try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
                Chunks state = Chunks.split(x, 2);
                StackPass pass = stack.forward(state, env, mode);
                kept = step.getPrimaryOffset();
                pass.backward(state.zerosLike());
            }
        }
        long reserved = Workspaces.reservedBytes();
        Workspaces.releaseAll();
        return new long[] {kept, reserved};
    }

    @Test
    void reconstructionHoldsNoMoreMemoryAfterForwardAt16LayersThanAt2() {
        long[] shallow = bytesKept(2, BackpropMode.RECONSTRUCT);
        long[] deep = bytesKept(16, BackpropMode.RECONSTRUCT);
        assertTrue(shallow[0] > 0, "the stack state lives in the step's scope");
        assertEquals(shallow[0], deep[0], "reconstruct: bytes kept after forward, 2 layers vs 16");
        assertEquals(shallow[1], deep[1], "reconstruct: bytes reserved for a whole step, 2 layers vs 16");
        long[] standardShallow = bytesKept(2, BackpropMode.STANDARD);
        long[] standardDeep = bytesKept(16, BackpropMode.STANDARD);
        assertTrue(standardShallow[0] > shallow[0], "standard mode keeps activations: " + standardShallow[0] + " B, reconstruct "
                + shallow[0] + " B");
        assertTrue(standardDeep[0] > 4 * standardShallow[0],
                "standard mode keeps activations: 2 layers " + standardShallow[0] + " B, 16 layers " + standardDeep[0] + " B");
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
