package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.Sentences;
import dev.revnas.corpus.Split;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitterTest {
    private final Splitter splitter = new Splitter(0.05, 0.05);

    private static List<AlignedPair> messages(int n) {
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = "Message number " + i;
            pairs.add(new AlignedPair(source, "Nachricht Nummer " + i, Sentences.key(source)));
        }
        return pairs;
    }

    @Test
    void assignsEverySentenceTheSameSplitOnEveryRunAndInAnyOrder() {
        List<AlignedPair> pairs = messages(5000);
        List<AlignedPair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, new Random(7));
        Map<AlignedPair, Split> first = splitOfEach(splitter.assign(pairs));
        assertEquals(first, splitOfEach(splitter.assign(shuffled)));
        assertEquals(first, splitOfEach(new Splitter(0.05, 0.05).assign(pairs)));
    }

    @Test
    void holdsOutAboutTheRequestedFractions() {
        Splitter.Result r = splitter.assign(messages(20_000));
        assertEquals(1000, r.splits().get(Split.VALID).size(), 150);
        assertEquals(1000, r.splits().get(Split.TEST).size(), 150);
        assertEquals(20_000, r.splits().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void keepsTheInputOrderWithinASplit() {
        List<AlignedPair> pairs = messages(2000);
        for (List<AlignedPair> split : splitter.assign(pairs).splits().values()) {
            List<Integer> positions = split.stream().map(pairs::indexOf).toList();
            assertEquals(positions.stream().sorted().toList(), positions);
        }
    }

    @Test
    void putsSentencesThatNormaliseAlikeIntoOneSplit() {
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            for (String variant : List.of("Save file " + i, "_Save File " + i, "  save  file " + i + " ")) {
                String source = Sentences.line(variant);
                pairs.add(new AlignedPair(source, "Datei " + i + " speichern", Sentences.key(source)));
            }
        }
        assertNoSourceInTwoSplits(splitter.assign(pairs));
        assertEquals(0, splitter.assign(pairs).droppedOverlap());
    }

    @Test
    void dropsHeldOutVersesWhoseSourceIsAlsoInTraining() {
        // A formula repeated in every chapter: whole chapters are held out, the formula may only be in one split.
        List<AlignedPair> verses = new ArrayList<>();
        for (int chapter = 1; chapter <= 400; chapter++) {
            verses.add(new AlignedPair("Yahweh spoke to Moses, saying,", "Y habló Jehová á Moisés, diciendo:", "Numbers " + chapter));
            verses.add(new AlignedPair("Verse two of chapter " + chapter, "Versículo dos " + chapter, "Numbers " + chapter));
        }
        Splitter.Result r = splitter.assign(verses);
        assertNoSourceInTwoSplits(r);
        long heldOutChapters = verses.stream().map(AlignedPair::unit).distinct()
                .filter(unit -> splitter.splitOf(unit) != Split.TRAIN).count();
        assertEquals(heldOutChapters, r.droppedOverlap());
        for (Split s : Split.values()) {
            r.splits().get(s).forEach(p -> assertEquals(s, splitter.splitOf(p.unit()), "whole chapters stay together"));
        }
    }

    @Test
    void rejectsFractionsThatLeaveNoTrainingData() {
        var e = assertThrows(InvalidInputException.class, () -> new Splitter(0.6, 0.5));
        assertTrue(e.getMessage().contains("valid 0.6 and test 0.5"), e.getMessage());
    }

    private static Map<AlignedPair, Split> splitOfEach(Splitter.Result r) {
        Map<AlignedPair, Split> of = new HashMap<>();
        r.splits().forEach((s, pairs) -> pairs.forEach(p -> of.put(p, s)));
        return of;
    }

    static void assertNoSourceInTwoSplits(Splitter.Result r) {
        Map<String, Split> seen = new HashMap<>();
        r.splits().forEach((s, pairs) -> pairs.forEach(p -> {
            Split before = seen.putIfAbsent(Sentences.key(p.source()), s);
            assertTrue(before == null || before == s, "'" + p.source() + "' is in " + before + " and " + s);
        }));
    }
}
