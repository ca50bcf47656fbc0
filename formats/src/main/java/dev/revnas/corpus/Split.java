package dev.revnas.corpus;

import java.util.Locale;

/** The three parts of a corpus, in the order that decides which keeps a sentence seen in two. */
public enum Split {
    TRAIN, VALID, TEST;

    /** The file-name prefix: train, valid, test. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
