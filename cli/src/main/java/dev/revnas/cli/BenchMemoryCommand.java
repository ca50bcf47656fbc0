package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.MemoryBenchmark;
import dev.revnas.config.BackpropMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "memory", mixinStandardHelpOptions = true,
        description = {
            "Peak off-heap memory and time of one training step (forward + backward) of a reversible",
            "encoder-decoder with Transformer-block couplings, for each depth and backprop mode.",
            "peakBytes counts what the step holds above the parameters and their gradients."})
final class BenchMemoryCommand implements Callable<Integer> {
    @Option(names = "--layers", defaultValue = "2,4,8,16,32", description = "Depths to measure, encoder and decoder each (default: ${DEFAULT-VALUE}).")
    String layers;

    @Option(names = "--mode", defaultValue = "reconstruct,standard", description = "Backprop modes (default: ${DEFAULT-VALUE}).")
    String modes;

    @Option(names = "--splits", defaultValue = "2")
    int splits;

    @Option(names = "--hidden", defaultValue = "256")
    int hidden;

    @Option(names = "--batch-tokens", defaultValue = "2048", description = "Target tokens per batch (default: ${DEFAULT-VALUE}).")
    int batchTokens;

    @Option(names = "--sentence-length", defaultValue = "32", description = "Tokens per sentence, EOS included (default: ${DEFAULT-VALUE}).")
    int sentenceLength;

    @Option(names = "--vocab", defaultValue = "8000")
    int vocab;

    @Option(names = "--heads", defaultValue = "4")
    int heads;

    @Option(names = "--dtype", defaultValue = "float")
    String dtype;

    @Option(names = "--warmup", defaultValue = "2")
    int warmup;

    @Option(names = "--steps", defaultValue = "5", description = "Timed steps; stepMillis is their median (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--format", defaultValue = "table", description = "table or json (one object per line).")
    String format;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("table")) {
            throw new InvalidInputException("--format '" + format + "' is not supported; allowed: table, json");
        }
        if (steps < 5) {
            throw new InvalidInputException("--steps is " + steps + "; the median needs at least 5");
        }
        if (batchTokens < sentenceLength) {
            throw new InvalidInputException("--batch-tokens " + batchTokens + " is less than one sentence of " + sentenceLength);
        }
        List<Integer> depths = Options.positiveInts("--layers", layers);
        List<BackpropMode> modeList = new ArrayList<>();
        for (String m : modes.split(",")) {
            modeList.add(BackpropMode.parse(m));
        }
        var settings = new MemoryBenchmark.Settings(splits, hidden, batchTokens, sentenceLength, vocab, heads,
                Options.dtype(dtype), warmup, steps, seed);
        List<MemoryBenchmark.Result> results = new ArrayList<>();
        try (ProgressBar bar = Progress.bar("bench memory", (long) depths.size() * modeList.size() * (warmup + steps + 1), "steps")) {
            for (BackpropMode mode : modeList) {
                for (int depth : depths) {
                    bar.setExtraMessage(mode.label() + " " + depth + " layers");
                    MemoryBenchmark.Result r = MemoryBenchmark.run(mode, depth, settings, bar::step);
                    results.add(r);
                    if (format.equals("json")) {
                        System.out.println(JsonLines.line(r));
                    }
                }
            }
        }
        if (format.equals("table")) {
            System.out.printf("%-12s %6s %6s %6s %12s %12s %10s %8s%n",
                    "mode", "layers", "splits", "hidden", "peak MiB", "peakRSS MiB", "step ms", "GFLOP/s");
            for (MemoryBenchmark.Result r : results) {
                System.out.printf("%-12s %6d %6d %6d %12.1f %12.1f %10.1f %8.1f%n", r.mode(), r.layers(), r.splits(),
                        r.hidden(), r.peakBytes() / 1048576.0, r.peakRssBytes() / 1048576.0, r.stepMillis(), r.gflops());
            }
        }
        return ExitCodes.OK;
    }
}
