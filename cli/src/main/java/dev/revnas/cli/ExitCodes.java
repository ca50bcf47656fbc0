package dev.revnas.cli;

/** The exit codes every revnas command uses; listed in {@code revnas --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command ran, and what it checks does not hold (gradcheck above tolerance, a missed target). */
    public static final int CHECK_FAILED = 1;
    /** Bad command line or bad input (config, corpus, model files). */
    public static final int BAD_INPUT = 2;
    /** Training or search diverged (NaN or infinite loss); the last good checkpoint is kept. */
    public static final int DIVERGED = 3;
    /** Anything else: a bug or an environment failure. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
