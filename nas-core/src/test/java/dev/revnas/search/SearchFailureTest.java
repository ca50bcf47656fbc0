package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.SearchConfig;
import dev.revnas.data.BatchStream;
import dev.revnas.data.ForwardingBatches;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.model.Batch;
import dev.revnas.ops.SeqMask;
import dev.revnas.optim.TrainingDivergedException;
import dev.revnas.store.Checkpoints;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.databind.ObjectMapper;

class SearchFailureTest {
    private static final String CONFIG = """
            {"searchSpace": {"ops": ["zero", "identity", "ffn", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 1},
             "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"steps": 30}, "seed": 2,
             "vocabSize": 16, "batchTokens": 64, "checkpointEvery": 1 EXTRA}
            """;

    @Test
    void aLossThatBlowsUpStopsTheSearchNamingTheStepAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) throws Exception {
        // The non-finite loss is made on purpose (a NaN in the third weight batch's source mask reaches every
        // attention score), not by a huge learning rate, whose blow-up depends on the CPU's kernels.
        SearchData clean = ReversalTask.data(1, DataType.FLOAT);
        SearchData poisoned = new SearchData(clean.vocab(), new PoisonedBatches(clean.weightBatches(), 3), clean.alphaBatches(),
                clean.validation(), clean.corpusFingerprint());
        Path checkpoint = dir.resolve("checkpoint");
        var e = assertThrows(TrainingDivergedException.class,
                () -> Search.run(SearchConfig.parse(CONFIG.replace("EXTRA", ""), "test"), poisoned, SearchListener.NONE, checkpoint, false));
        assertTrue(e.getMessage().matches("loss is not finite at search step 3; the last good checkpoint \\(step 2\\) is kept in .*"),
                e.getMessage());
        Path state = Checkpoints.searchState(checkpoint);
        assertEquals(2, new ObjectMapper().readTree(state.toFile()).get("step").asLong(), "the kept checkpoint is step 2's");
        AtomicDirectory.verify(AtomicDirectory.resolve(checkpoint));
    }

    /** Passes batches through, but puts a NaN into the source mask of the n-th one (1-based). */
    private static final class PoisonedBatches extends ForwardingBatches {
        private final int poisoned;
        private int served;

        PoisonedBatches(BatchStream inner, int poisoned) {
            super(inner);
            this.poisoned = poisoned;
        }

        @Override
        public Batch next() {
            Batch b = super.next();
            if (++served != poisoned) {
                return b;
            }
            INDArray mask = b.source().mask().dup();
            mask.putScalar(0, 0, Double.NaN);
            return new Batch(b.sourceIds(), new SeqMask(mask), b.targetInIds(), b.targetOutIds(), b.target());
        }
    }
}
