package dev.revnas.cli;

import picocli.CommandLine;

/** Entry point of {@code bin/revnas}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RevnasCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setExitCodeExceptionMapper(ErrorReporter::exitCodeOf);
        return cli.execute(args);
    }
}
