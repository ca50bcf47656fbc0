package dev.revnas.cli;

import picocli.CommandLine.Command;

/** Parallel corpora from pinned Debian packages (docs/corpora.md). */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Parallel corpora built from pinned Debian packages (see docs/corpora.md).",
        subcommands = {CorpusBuildCommand.class, CorpusSampleCommand.class, CorpusVerifyCommand.class})
final class CorpusCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
