package dev.revnas.corpus;

/** What a corpus reader does with a line longer than its limit. */
public enum LongLines {
    /** Stop with an error that names the file and line. */
    FAIL,
    /** Drop the whole pair and count it. */
    SKIP
}
