package dev.revnas.debian;

import java.util.LinkedHashMap;
import java.util.Map;

/** SWORD's imp format: each entry is a "$$$key" line followed by the entry's lines. */
public final class ImpText {
    private ImpText() {}

    /** The verses of an imp export in module order, raw markup and line breaks kept; other entries skipped. */
    public static Map<VerseRef, String> verses(String imp) {
        Map<VerseRef, String> verses = new LinkedHashMap<>();
        VerseRef ref = null;
        StringBuilder text = new StringBuilder();
        for (String line : imp.split("\n", -1)) {
            if (line.startsWith("$$$")) {
                put(verses, ref, text);
                ref = VerseRef.parse(line.substring(3));
                text.setLength(0);
            } else if (ref != null) {
                text.append(line).append('\n');
            }
        }
        put(verses, ref, text);
        return verses;
    }

    private static void put(Map<VerseRef, String> verses, VerseRef ref, StringBuilder text) {
        if (ref != null) {
            verses.put(ref, text.toString());
        }
    }
}
