package dev.revnas.cli;

import picocli.CommandLine.Command;

/** The root command; every feature is a subcommand. */
@Command(
        name = "revnas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Memory-efficient architecture search of Transformers for translation.",
        subcommands = {
            GradcheckCommand.class,
            BenchCommand.class,
            CorpusCommand.class,
            ScoreCommand.class,
            SearchCommand.class,
            TrainCommand.class,
            TranslateCommand.class,
            EvaluateCommand.class,
            ExportCommand.class,
            ExperimentCommand.class,
            UpCommand.class,
            ChaosCommand.class,
            PlotCommand.class,
            GenotypeCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the command ran and its check failed (e.g. gradcheck above tolerance)",
            "2:bad command line or bad input (config, corpus, model files)",
            "3:training diverged (the loss became NaN or infinite); the last good checkpoint is kept",
            "70:internal error",
        })
final class RevnasCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
