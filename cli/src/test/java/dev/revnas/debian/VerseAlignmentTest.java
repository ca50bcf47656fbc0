package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.corpus.AlignedPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerseAlignmentTest {
    private static Map<VerseRef, String> chapters(String book, int chapters, int verses, String lang) {
        Map<VerseRef, String> bible = new LinkedHashMap<>();
        for (int c = 1; c <= chapters; c++) {
            for (int v = 1; v <= verses; v++) {
                bible.put(new VerseRef(book, c, v), lang + " " + c + ":" + v);
            }
        }
        return bible;
    }

    private static List<String> refsOf(List<AlignedPair> pairs) {
        return pairs.stream().map(p -> p.source().substring(3)).toList();
    }

    @Test
    void pairsVersesByReferenceWithTheChapterAsUnit() {
        List<AlignedPair> pairs = VerseAlignment.align(chapters("Jonah", 1, 2, "en"), chapters("Jonah", 1, 2, "es"), new Counts());
        assertEquals(List.of(new AlignedPair("en 1:1", "es 1:1", "Jonah 1"), new AlignedPair("en 1:2", "es 1:2", "Jonah 1")), pairs);
    }

    @Test
    void dropsAChapterWhoseLastVerseMovedIntoTheNextAndThatNextChapter() {
        Map<VerseRef, String> en = chapters("Numbers", 4, 3, "en");
        Map<VerseRef, String> es = chapters("Numbers", 4, 3, "es");
        es.put(new VerseRef("Numbers", 2, 3), ""); // the Spanish chapter 3 starts one verse earlier
        Counts counts = new Counts();
        List<AlignedPair> pairs = VerseAlignment.align(en, es, counts);
        assertEquals(List.of("1:1", "1:2", "1:3", "4:1", "4:2", "4:3"), refsOf(pairs));
        assertEquals(6, counts.get("droppedShiftedChapterVerses"));
        assertEquals(2, counts.get("shiftedChapters"));
    }

    @Test
    void dropsOnlyTheVerseThatOneTranslationOmits() {
        Map<VerseRef, String> en = chapters("Acts", 1, 4, "en");
        en.put(new VerseRef("Acts", 1, 2), "");
        Counts counts = new Counts();
        assertEquals(List.of("1:1", "1:3", "1:4"), refsOf(VerseAlignment.align(en, chapters("Acts", 1, 4, "es"), counts)));
        assertEquals(1, counts.get("droppedOmittedVerses"));
    }

    @Test
    void dropsBooksAndVersesThatOnlyOneSideHas() {
        Map<VerseRef, String> en = chapters("Tobit", 1, 2, "en");
        en.putAll(chapters("Ruth", 1, 3, "en"));
        Map<VerseRef, String> es = chapters("Ruth", 1, 2, "es");
        Counts counts = new Counts();
        assertEquals(List.of("1:1", "1:2"), refsOf(VerseAlignment.align(en, es, counts)));
        assertEquals(3, counts.get("droppedOnlyInSource"));
    }

    @Test
    void readsVersesFromImpTextSkippingHeadingsAndIntroductions() {
        String imp = "$$$[ Module Heading ]\nintro\n$$$Genesis 0:0\nbook intro\n$$$Genesis 1:0\n\n"
                + "$$$Genesis 1:1\nIn the beginning\n$$$I Samuel 23:29\nline one\nline two\n";
        Map<VerseRef, String> verses = ImpText.verses(imp);
        assertEquals(List.of(new VerseRef("Genesis", 1, 1), new VerseRef("I Samuel", 23, 29)), List.copyOf(verses.keySet()));
        assertEquals("line one line two", OsisText.plain(verses.get(new VerseRef("I Samuel", 23, 29))));
    }
}
