package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import picocli.CommandLine;

/** Prints bad input as one clear line and anything else with its stack trace. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (isBadInput(e) || e instanceof dev.revnas.optim.TrainingDivergedException) {
            cli.getErr().println(cli.getColorScheme().errorText("revnas: " + e.getMessage()));
        } else {
            e.printStackTrace(cli.getErr());
        }
        return exitCodeOf(e);
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof dev.revnas.optim.TrainingDivergedException) {
            return ExitCodes.DIVERGED;
        }
        return isBadInput(e) ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }

    private static boolean isBadInput(Throwable e) {
        return e instanceof InvalidInputException
                || e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException;
    }
}
