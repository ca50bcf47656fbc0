package dev.revnas.debian;

import dev.revnas.corpus.AlignedPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs two Bibles verse by verse on their references. The two modules follow different
 * versifications (WEB: NRSVA; RV 1909: KJV, with some Spanish chapter breaks forced into it), so a
 * reference alone does not always name the same text:
 * <ul>
 *   <li>a chapter whose last verses are empty on one side had them moved into the next chapter, which is
 *       shifted (and its last verse holds the overflow): both chapters are dropped;</li>
 *   <li>an empty verse inside a chapter is a verse that translation omits (Acts 8:37 in the WEB): only it is dropped;</li>
 *   <li>a book or verse that only one side has (the deuterocanon) is dropped.</li>
 * </ul>
 */
public final class VerseAlignment {
    private VerseAlignment() {}

    /** Plain-text verses of both sides in the source's order; the unit of each pair is its chapter. */
    public static List<AlignedPair> align(Map<VerseRef, String> source, Map<VerseRef, String> target, Counts counts) {
        Set<String> shifted = new HashSet<>();
        shifted.addAll(shiftedChapters(source, target));
        shifted.addAll(shiftedChapters(target, source));
        List<AlignedPair> pairs = new ArrayList<>();
        for (Map.Entry<VerseRef, String> e : source.entrySet()) {
            VerseRef ref = e.getKey();
            String src = e.getValue();
            String tgt = target.get(ref);
            if (tgt == null) {
                counts.add("droppedOnlyInSource");
            } else if (shifted.contains(ref.chapterKey())) {
                counts.add("droppedShiftedChapterVerses");
            } else if (src.isEmpty() || tgt.isEmpty()) {
                counts.add("droppedOmittedVerses");
            } else {
                pairs.add(new AlignedPair(src, tgt, ref.chapterKey()));
            }
        }
        counts.add("droppedOnlyInTarget", target.keySet().stream().filter(r -> !source.containsKey(r)).count());
        counts.add("shiftedChapters", source.keySet().stream().map(VerseRef::chapterKey).distinct().filter(shifted::contains).count());
        return pairs;
    }

    /** Chapters of {@code side} that end in empty verses the other side has, and the chapter after each. */
    static Set<String> shiftedChapters(Map<VerseRef, String> side, Map<VerseRef, String> other) {
        Map<String, List<VerseRef>> chapters = new LinkedHashMap<>();
        for (VerseRef ref : side.keySet()) {
            if (other.containsKey(ref)) {
                chapters.computeIfAbsent(ref.chapterKey(), k -> new ArrayList<>()).add(ref);
            }
        }
        Set<String> shifted = new HashSet<>();
        for (List<VerseRef> verses : chapters.values()) {
            VerseRef last = verses.get(verses.size() - 1);
            boolean hasText = verses.stream().anyMatch(r -> !side.get(r).isEmpty());
            if (hasText && side.get(last).isEmpty() && !other.get(last).isEmpty()) {
                shifted.add(last.chapterKey());
                shifted.add(last.nextChapter().chapterKey());
            }
        }
        return shifted;
    }
}
