package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revnas.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BLEU options and signatures as sacreBLEU 2.6.0 gives them for the same input (values from its source). */
class BleuTest {
    static final List<String> HYPS = List.of("The cat sat on the mat .", "Völlig\u00a0anders, oder?", "short");
    static final List<List<String>> REFS = List.of(
            List.of("the cat is on the mat.", "Ganz anders, oder?", "a short one"),
            List.of("There is a cat on the mat.", "völlig anders oder", "short"));

    private static BleuScore score(BleuConfig config) {
        return new Bleu(config).corpusScore(HYPS, REFS);
    }

    @Test
    void defaultsAreSacreBleusWithTheirSignatureAndLine() {
        BleuScore s = score(BleuConfig.corpus());
        assertEquals(52.66403878479269, s.score(), 1e-9);
        assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0", s.signature());
        assertEquals("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 52.66 76.9/60.0/50.0/33.3 "
                + "(BP = 1.000 ratio = 1.000 hyp_len = 13 ref_len = 13)", s.format(2));
    }

    @Test
    void lowercaseMatchesAcrossCase() {
        BleuScore s = score(BleuConfig.corpus().withLowercase(true));
        assertEquals(59.230330720232516, s.score(), 1e-9);
        assertEquals("nrefs:2|case:lc|eff:no|tok:13a|smooth:exp|version:2.6.0", s.signature());
    }

    @Test
    void charTokenizationTakesTheClosestReferenceLength() {
        BleuScore s = score(BleuConfig.corpus().withTokenize("char"));
        assertEquals(89.67459013393136, s.score(), 1e-9);
        assertEquals(41, s.statistics().hypLength());
        assertEquals(38, s.statistics().refLength());
    }

    @Test
    void smoothingValuesAppearInTheSignatureWithTwoDecimals() {
        assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:floor[0.10]|version:2.6.0",
                score(BleuConfig.corpus().withSmoothing(Smoothing.FLOOR, null)).signature());
        BleuScore addK = score(BleuConfig.corpus().withSmoothing(Smoothing.ADD_K, 2.0));
        assertEquals(62.628449627654696, addK.score(), 1e-9);
        assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:add-k[2.00]|version:2.6.0", addK.signature());
    }

    @Test
    void sentenceBleuUsesEffectiveOrder() {
        BleuScore s = new Bleu(BleuConfig.sentence()).sentenceScore("the cat", List.of("the cat sat"));
        assertEquals(60.653065971263366, s.score(), 1e-9);
        assertEquals("nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0", s.signature());
    }

    @Test
    void closestReferenceLengthPrefersTheShorterOnTies() {
        assertEquals(4, Bleu.closestLength(5, List.of(6, 4, 9)));
    }

    @Test
    void referenceStreamsMustAlignWithHypotheses() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Bleu(BleuConfig.corpus()).corpusScore(HYPS, List.of(List.of("a"))));
        assertEquals("reference stream 1 has 1 lines but there are 3 hypotheses", e.getMessage());
    }
}
