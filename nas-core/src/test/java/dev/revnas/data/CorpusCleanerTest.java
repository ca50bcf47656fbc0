package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.ParallelCorpus;
import dev.revnas.corpus.SentencePair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning normalises text, drops pairs for one reason each, and counts them. */
class CorpusCleanerTest {
    private static SentencePair p(String s, String t) {
        return new SentencePair(s, t);
    }

    @Test
    void normalizesToNfcAndSingleSpaces() {
        assertEquals("Müller sagt: ja", TextNormalizer.normalize(" Mu\u0308ller\u00a0 sagt:\tja \r"));
        assertEquals("a b", TextNormalizer.normalize("a\u0000b"));
    }

    @Test
    void countsEachDroppedPairUnderItsFirstReason() {
        List<SentencePair> input = List.of(
                p("a house", "ein Haus"),
                p("   ", "leer"),
                p("one two three four", "eins zwei drei vier fünf sechs"),
                p("w ".repeat(11).trim(), "x"),
                p("x", "y ".repeat(5).trim()),
                p("a  house", "ein Haus"),
                p("a house", "das Haus"));
        CorpusCleaner.Result result = new CorpusCleaner(new CleaningConfig(1, 10, 4.0, true)).clean(input);
        assertEquals(List.of(p("a house", "ein Haus"), p("one two three four", "eins zwei drei vier fünf sechs"),
                p("a house", "das Haus")), result.pairs());
        CleaningReport r = result.report();
        assertEquals(7, r.read());
        assertEquals(3, r.kept());
        assertEquals(1, r.dropped(DropReason.EMPTY));
        assertEquals(1, r.dropped(DropReason.TOO_LONG));
        assertEquals(1, r.dropped(DropReason.LENGTH_RATIO));
        assertEquals(1, r.dropped(DropReason.DUPLICATE));
        assertEquals(0, r.dropped(DropReason.TOO_SHORT));
        assertEquals("read 7, kept 3, empty 1, too_short 0, too_long 1, length_ratio 1, duplicate 1", r.toString());
    }

    @Test
    void minimumTokensDropsShortPairs() {
        CorpusCleaner.Result result = new CorpusCleaner(new CleaningConfig(2, 10, 9.0, false)).clean(
                List.of(p("hi", "hallo du"), p("hi there", "hallo du"), p("hi there", "hallo du")));
        assertEquals(2, result.report().kept());
        assertEquals(1, result.report().dropped(DropReason.TOO_SHORT));
    }

    @Test
    void theFixtureHasOneDuplicate() {
        ParallelCorpus train = CorpusDirectory.open(Fixtures.corpusDir()).split("train");
        CorpusCleaner.Result result = new CorpusCleaner(CleaningConfig.defaults()).clean(train.pairs());
        assertEquals(39, result.report().kept());
        assertEquals(1, result.report().dropped(DropReason.DUPLICATE));
        assertEquals(result, new CorpusCleaner(CleaningConfig.defaults()).clean(train.pairs()));
    }
}
