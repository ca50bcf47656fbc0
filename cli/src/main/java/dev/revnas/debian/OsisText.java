package dev.revnas.debian;

import dev.revnas.corpus.Sentences;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain verse text from a SWORD module's OSIS (or ThML) markup. Dropped with their content: notes
 * (footnotes, cross references), non-canonical titles (section headings), speaker labels, and anything
 * after a chapter's end marker (a module's back matter, e.g. the WEB glossary after Revelation 22:21).
 * Kept: the words inside word-level elements (Strong's-tagged words, added words, quotes, divine names)
 * and canonical Psalm titles, which the Spanish text also has inside verse 1.
 */
public final class OsisText {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)([^>]*?)(/?)>");
    private static final Set<String> DROPPED = Set.of("note", "speaker", "scripRef");
    // Word-level markup sits inside running text: removing it must not add a space ("Jesu<w>cristo</w>").
    private static final Set<String> INLINE = Set.of("w", "transChange", "q", "seg", "name", "divineName",
            "foreign", "hi", "catchWord", "rdg", "reference", "abbr", "inscription", "mentioned", "added", "sync", "i", "b");
    private static final char DROPPED_MARK = '\u0000';
    // Where a note stood between two words the markup often has no space left: "God<note>…</note>created".
    private static final Pattern WORD_AFTER_MARK = Pattern.compile(DROPPED_MARK + "(?=[\\p{L}\\p{N}“‘(\\[¿¡\"])");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private OsisText() {}

    public static String plain(String markup) {
        int end = markup.indexOf("<chapter eID");
        String text = end >= 0 ? markup.substring(0, end) : markup;
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = TAG.matcher(text);
        int pos = 0;
        String skipping = null;
        int depth = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(4).isEmpty();
            String name = m.group(2);
            if (skipping != null) {
                if (name.equals(skipping) && !selfClosing) {
                    depth += closing ? -1 : 1;
                }
                if (depth == 0) {
                    skipping = null;
                    out.append(DROPPED_MARK);
                    pos = m.end();
                }
                continue;
            }
            out.append(text, pos, m.start());
            pos = m.end();
            boolean dropped = DROPPED.contains(name) || (name.equals("title") && !m.group(3).contains("canonical=\"true\""));
            if (dropped && !closing && !selfClosing) {
                skipping = name;
                depth = 1;
            } else if (!dropped && !INLINE.contains(name)) {
                out.append(' ');
            }
        }
        if (skipping == null) {
            out.append(text, pos, text.length());
        }
        String joined = WORD_AFTER_MARK.matcher(out).replaceAll(" ").replace(String.valueOf(DROPPED_MARK), "");
        return Sentences.line(entities(joined));
    }

    private static String entities(String text) {
        return ENTITY.matcher(text).replaceAll(r -> Matcher.quoteReplacement(switch (r.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> Character.toString(r.group(1).startsWith("#x")
                    ? Integer.parseInt(r.group(1).substring(2), 16) : Integer.parseInt(r.group(1).substring(1)));
        }));
    }
}
