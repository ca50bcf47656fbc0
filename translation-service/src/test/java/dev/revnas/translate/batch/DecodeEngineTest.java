package dev.revnas.translate.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.model.Cell;
import dev.revnas.model.CellFactory;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.TransformerCells;
import dev.revnas.onnx.OnnxSteps;
import dev.revnas.ops.Zero;
import dev.revnas.translate.TinyModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ONNX Runtime decodes what it can export (baseline and reversible networks); anything else falls back to ND4J and says why. */
class DecodeEngineTest {

    @Test
    void theBaselineIsDecodedByOnnxRuntime() {
        ModelArtifact.Loaded tiny = ModelArtifact.load(TinyModel.dir());
        DecodeEngine.Choice choice = DecodeEngine.ONNX.steps(tiny, 1);
        try (var steps = choice.steps()) {
            assertEquals(DecodeEngine.ONNX, choice.engine());
            assertNull(choice.fallback());
        }
    }

    @Test
    void aReversibleNetworkIsDecodedByOnnxRuntimeToo() {
        ModelArtifact.Loaded tiny = ModelArtifact.load(TinyModel.dir());
        EncoderDecoder reversible = EncoderDecoder.reversible(tiny.model().config(), 2, new TransformerCells(2, 0.1));
        var loaded = new ModelArtifact.Loaded(tiny.dir(), tiny.manifest(), reversible, tiny.vocabulary(), tiny.metrics());
        try (var steps = DecodeEngine.ONNX.steps(loaded, 1).steps()) {
            assertTrue(steps instanceof OnnxSteps);
        }
    }

    @Test
    void aNetworkTheExportCannotHandleFallsBackToNd4jNamingWhy() {
        ModelArtifact.Loaded tiny = ModelArtifact.load(TinyModel.dir());
        CellFactory zeros = (init, name, width, modelWidth, decoder, layer) -> Cell.chain(List.of(new Zero()));
        EncoderDecoder model = EncoderDecoder.reversible(tiny.model().config(), 2, zeros);
        var loaded = new ModelArtifact.Loaded(tiny.dir(), tiny.manifest(), model, tiny.vocabulary(), tiny.metrics());
        DecodeEngine.Choice choice = DecodeEngine.ONNX.steps(loaded, 1);
        assertEquals(DecodeEngine.ND4J, choice.engine());
        assertTrue(choice.fallback().contains("Zero"), choice.fallback());
    }

    @Test
    void nd4jIsUsedWhenAskedFor() {
        ModelArtifact.Loaded tiny = ModelArtifact.load(TinyModel.dir());
        assertEquals(DecodeEngine.ND4J, DecodeEngine.ND4J.steps(tiny, 1).engine());
    }
}
