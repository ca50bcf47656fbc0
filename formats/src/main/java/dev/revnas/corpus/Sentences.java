package dev.revnas.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a sentence becomes one line of a corpus file, and the key that decides its split. */
public final class Sentences {
    // Tabs, line breaks and other control characters would break the one-sentence-per-line format.
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029\\s]+");
    // GTK/LibreOffice/KDE accelerator markers: "_Open" and "~Open" are the same sentence for splitting.
    private static final Pattern ACCELERATOR = Pattern.compile("[_~&](?=\\p{L})");

    private Sentences() {}

    /** The sentence on one line: every run of whitespace or control characters becomes one space, ends trimmed. */
    public static String line(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The normalised source that decides a pair's split: NFKC, lower case, accelerator markers removed,
     * whitespace collapsed. Sentences with equal keys always land in the same split.
     */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return line(ACCELERATOR.matcher(s).replaceAll(""));
    }
}
