package dev.revnas.cli;

import picocli.CommandLine.Command;

/** Benchmarks; their results and commands are recorded in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (results and commands in docs/benchmarks.md).",
        subcommands = {BenchMemoryCommand.class, BenchSearchCommand.class, BenchSearchCapacityCommand.class, BenchTrainCommand.class, BenchDecodeCommand.class, BenchServeCommand.class, BenchSoakCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
