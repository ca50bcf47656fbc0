package dev.revnas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Param;
import dev.revnas.store.ModelManifest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Two trainings agree when every parameter, by name, agrees to rounding. */
class WeightDifferenceTest {
    private static EncoderDecoder baseline(int ffn) {
        return ModelArtifact.build(ModelManifest.Architecture.baseline(2, ffn),
                new NetworkConfig(40, 8, 1, 1, 0.1, 0.1, true, DataType.FLOAT, 1));
    }

    @Test
    void theSameInitialisationAgreesAndAnyChangedWeightIsNamed() {
        EncoderDecoder a = baseline(16);
        EncoderDecoder b = baseline(16);
        assertEquals(Optional.empty(), WeightDifference.of(a, b, 1e-6));

        Param changed = b.params().get(b.params().size() / 2);
        changed.value().putScalar(0, changed.value().getDouble(0) + 1e-3);
        String d = WeightDifference.of(a, b, 1e-6).orElseThrow();
        assertTrue(d.startsWith(changed.name() + " differs by "), d);
    }

    @Test
    void anotherShapeIsADifference() {
        String d = WeightDifference.of(baseline(16), baseline(32), 1e-6).orElseThrow();
        assertTrue(d.contains("has shape"), d);
    }
}
