package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.genotype.Genotype;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two searches agree when their cells are the same and their final α agree to rounding; who ran them does not matter. */
class GenotypeDifferenceTest {
    private static Genotype genotype(String encoderOp, double alpha, String job) {
        var encoder = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, encoderOp))));
        var decoder = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "cross_attn_2"))));
        var provenance = new Genotype.Provenance(job, "fp", 1L, job + "-time", null, List.of("ffn", "self_attn_2"),
                Map.of("alpha.encoder.0", new double[] {alpha, 1 - alpha}), null);
        return Genotype.of(8, 2, new Genotype.Stack(1, List.of(encoder)), new Genotype.Stack(1, List.of(decoder)), provenance);
    }

    @Test
    void theSameResultOfAnotherJobAgrees() {
        assertEquals(Optional.empty(), GenotypeDifference.of(genotype("ffn", 0.7, "a"), genotype("ffn", 0.7 + 1e-9, "b"), 1e-6));
    }

    @Test
    void anotherOpIsADifferenceInTheCells() {
        String d = GenotypeDifference.of(genotype("ffn", 0.7, "a"), genotype("self_attn_2", 0.7, "a"), 1e-6).orElseThrow();
        assertTrue(d.startsWith("the derived cells differ") && d.contains("self_attn_2"), d);
    }

    @Test
    void anAlphaBeyondTheToleranceIsADifference() {
        String d = GenotypeDifference.of(genotype("ffn", 0.7, "a"), genotype("ffn", 0.7001, "a"), 1e-6).orElseThrow();
        assertTrue(d.startsWith("alpha.encoder.0 op 0"), d);
    }
}
