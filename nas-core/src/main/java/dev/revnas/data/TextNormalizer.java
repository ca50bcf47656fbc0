package dev.revnas.data;

import dev.revnas.metrics.Whitespace;
import java.text.Normalizer;

/**
 * The normal form every sentence takes before cleaning, vocabulary training and encoding:
 * Unicode NFC (so that "ü" is one code point whichever way it was typed), every whitespace or
 * control character turned into a space, runs of spaces collapsed, ends trimmed.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Whitespace.isSpace(cp) || Character.getType(cp) == Character.CONTROL) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
