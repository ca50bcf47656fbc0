package dev.revnas.debian;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A verse reference as SWORD's imp export writes it: "Genesis 1:1", "I Samuel 23:29". */
public record VerseRef(String book, int chapter, int verse) {
    private static final Pattern REF = Pattern.compile("(.+) (\\d+):(\\d+)");

    /** The reference, or null for keys that are not a verse (module and testament headings, "Book C:0" intros). */
    public static VerseRef parse(String key) {
        Matcher m = REF.matcher(key.strip());
        if (!m.matches()) {
            return null;
        }
        VerseRef ref = new VerseRef(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return ref.chapter() == 0 || ref.verse() == 0 ? null : ref;
    }

    /** The chapter, "Genesis 1": the unit that is held out as a whole. */
    public String chapterKey() {
        return book + " " + chapter;
    }

    public VerseRef nextChapter() {
        return new VerseRef(book, chapter + 1, 1);
    }

    @Override
    public String toString() {
        return book + " " + chapter + ":" + verse;
    }
}
