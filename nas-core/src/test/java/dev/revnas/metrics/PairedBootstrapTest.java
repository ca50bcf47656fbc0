package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    private static final List<String> REFS = List.of("the cat sat on the mat", "a dog barks at night", "open the file now",
            "save the document please", "close every window", "the printer is out of paper", "press any key to continue",
            "the network is not reachable");

    @Test
    void identicalSystemsDifferByZeroWithPOne() {
        List<String> hyps = List.of("the cat sat on a mat", "a dog barks", "open the file", "save the document", "close windows",
                "the printer has no paper", "press a key", "no network");
        PairedBootstrap bs = new PairedBootstrap(hyps.size(), 1000, 7);
        for (PairedBootstrap.Comparison c : List.of(bs.bleu(hyps, hyps, REFS), bs.chrf(hyps, hyps, REFS))) {
            assertEquals(0, c.difference());
            assertEquals(0, c.differenceMean());
            assertEquals(0, c.low());
            assertEquals(0, c.high());
            assertEquals(1.0, c.pValue());
            assertEquals(c.systemMean(), c.otherMean());
        }
    }

    @Test
    void aSystemBetterOnEverySentenceHasAnIntervalAboveZeroAndASmallP() {
        List<String> worse = new ArrayList<>();
        REFS.forEach(r -> worse.add(r.substring(0, r.indexOf(' ')) + " x y z"));
        PairedBootstrap bs = new PairedBootstrap(REFS.size(), 1000, 7);
        for (PairedBootstrap.Comparison c : List.of(bs.bleu(REFS, worse, REFS), bs.chrf(REFS, worse, REFS))) {
            assertEquals(100, c.system(), 1e-9);
            assertTrue(c.low() > 0, "interval " + c.low() + " .. " + c.high());
            assertEquals(1.0 / 1001, c.pValue(), 1e-12);
        }
        PairedBootstrap.Comparison reversed = bs.bleu(worse, REFS, REFS);
        assertTrue(reversed.high() < 0 && reversed.pValue() == 1.0 / 1001, "the p-value follows the observed sign: " + reversed);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndTheScoresAreCorpusScores() {
        List<String> a = List.of("the cat sat", "a dog barks at night", "open file", "save the document please", "close",
                "the printer is out", "press any key", "the network");
        List<String> b = List.of("the cat", "a dog", "open the file now", "save document", "close every window", "printer",
                "press any key to continue", "network not reachable");
        PairedBootstrap.Comparison first = new PairedBootstrap(REFS.size(), 200, 3).bleu(a, b, REFS);
        assertEquals(first, new PairedBootstrap(REFS.size(), 200, 3).bleu(a, b, REFS));
        assertEquals(new Bleu(BleuConfig.corpus()).corpusScore(a, List.of(REFS)).score(), first.system(), 1e-12);
        assertEquals(new Chrf(ChrfConfig.chrf()).corpusScore(b, List.of(REFS)).score(),
                new PairedBootstrap(REFS.size(), 200, 3).chrf(a, b, REFS).other(), 1e-12);
        assertTrue(first.low() <= first.differenceMean() && first.differenceMean() <= first.high());
    }
}
