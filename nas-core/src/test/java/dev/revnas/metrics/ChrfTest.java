package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** chrF and chrF++ with sacreBLEU's defaults on two references (expected values from sacreBLEU 2.6.0). */
class ChrfTest {
    private static ChrfScore score(ChrfConfig config) {
        return new Chrf(config).corpusScore(BleuTest.HYPS, BleuTest.REFS);
    }

    @Test
    void chrf2WithEffectiveOrderIsTheDefault() {
        ChrfScore s = score(ChrfConfig.chrf());
        assertEquals(67.92556617638314, s.score(), 1e-9);
        assertEquals("chrF2|nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 67.93", s.format(2));
    }

    @Test
    void chrfPlusPlusAddsWordBigrams() {
        ChrfScore s = score(ChrfConfig.chrfPlusPlus());
        assertEquals(67.02047993114194, s.score(), 1e-9);
        assertEquals("chrF2++", s.name());
        assertEquals("nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0", s.signature());
    }

    @Test
    void lowercaseChrfPlusPlus() {
        ChrfScore s = score(ChrfConfig.chrfPlusPlus().withLowercase(true));
        assertEquals(74.01107593905579, s.score(), 1e-9);
        assertEquals("nrefs:2|case:lc|eff:yes|nc:6|nw:2|space:no|version:2.6.0", s.signature());
    }

    @Test
    void keepingWhitespaceCountsItAsCharacters() {
        ChrfConfig keep = new ChrfConfig(6, 0, 2, false, true, false);
        assertEquals(67.77003253363387, score(keep).score(), 1e-9);
    }

    @Test
    void punctuationComesOffOneEndOfAWord() {
        assertEquals(java.util.List.of("(hi", ")", "-", "x", ",", ".", "ok"), Chrf.splitPunctuation("(hi) - x, .ok"));
    }
}
