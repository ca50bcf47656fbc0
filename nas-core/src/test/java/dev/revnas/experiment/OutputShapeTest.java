package dev.revnas.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputShapeTest {
    @Test
    void countsWordsAgainstTheReferencesAndTheLinesThatRepeatAThreeWordRunThreeTimes() {
        OutputShape shape = OutputShape.of(List.of("a b c a b c a b c", "a b c a b c d", "  x  y ", ""),
                List.of("a b c d", "e f g h", "x y z", "w"));
        assertEquals(9 + 7 + 2, shape.words());
        assertEquals(18 / 12.0, shape.lengthRatio(), 1e-12);
        assertEquals(1, shape.repeatingLines(), "twice is not a loop; three times is");
    }

    @Test
    void noReferenceWordsGiveNoRatio() {
        OutputShape shape = OutputShape.of(List.of("a"), List.of(""));
        assertEquals(Double.NaN, shape.lengthRatio());
        assertEquals(null, shape.json().get("lengthRatio"), "JSON has no NaN");
    }
}
