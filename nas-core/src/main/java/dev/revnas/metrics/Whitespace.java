package dev.revnas.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Whitespace as Python's {@code str.isspace()} defines it: sacreBLEU splits tokens with
 * {@code str.split()} and strips lines with {@code rstrip()}, so scores match only if we
 * split on exactly the same characters (NBSP and U+3000 included, zero-width space not).
 */
public final class Whitespace {
    private Whitespace() {}

    /** True for category Zs or bidirectional class WS, B or S, as in CPython. */
    public static boolean isSpace(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C && codePoint <= 0x1F);
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte bidi = Character.getDirectionality(codePoint);
        return bidi == Character.DIRECTIONALITY_WHITESPACE
                || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** Python's {@code line.split()}: maximal runs of non-whitespace, no empty tokens. */
    public static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    tokens.add(line.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(line.substring(start));
        }
        return tokens;
    }

    /** Python's {@code ' '.join(line.split())}. */
    public static String collapse(String line) {
        return String.join(" ", split(line));
    }

    /** Python's {@code line.rstrip()}. */
    public static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0) {
            int cp = line.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return line.substring(0, end);
    }

    /** Python's {@code ''.join(line.split())}: the line without any whitespace. */
    public static String remove(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().filter(cp -> !isSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
