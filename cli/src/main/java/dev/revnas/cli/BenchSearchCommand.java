package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.SearchBenchmark;
import dev.revnas.config.SearchSpace;
import dev.revnas.data.PreparedCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"The search step against the training step, in one run: the baseline Transformer's training step,",
            "then a first-order search step (reconstruct) under each relaxation, at width 256, 3+3 layers, 2 splits,",
            "2 nodes, the default op list and 4,096-token batches of the corpus. One row per kind: step time,",
            "target tokens/s, GFLOP/s of the products that ran, peak off-heap bytes."})
final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "data/samples/en-de", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--relaxations", split = ",", defaultValue = "softmax,gumbel,partial",
            description = "Search rows, in order (default: ${DEFAULT-VALUE}).")
    List<String> relaxations;

    @Option(names = "--vocab", defaultValue = "8000", description = "BPE vocabulary size (default: ${DEFAULT-VALUE}).")
    int vocab;

    @Option(names = "--batch-tokens", defaultValue = "4096")
    int batchTokens;

    @Option(names = "--partial-k", defaultValue = "4", description = "K of the partial row (default: ${DEFAULT-VALUE}).")
    int partialK;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured steps per row (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", defaultValue = "3", description = "Measured steps per row; the median is reported (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--no-train", description = "Leave out the training row.")
    boolean noTrain;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Override
    public Integer call() {
        for (String r : relaxations) {
            if (!SearchSpace.RELAXATIONS.contains(r)) {
                throw new InvalidInputException("--relaxations: unknown relaxation '" + r + "'; allowed: "
                        + String.join(", ", SearchSpace.RELAXATIONS));
            }
        }
        if (warmup < 1 || steps < 1) {
            throw new InvalidInputException("--warmup and --steps must be at least 1");
        }
        var defaults = SearchBenchmark.Settings.defaults();
        var s = new SearchBenchmark.Settings(defaults.hidden(), defaults.layers(), defaults.splits(), defaults.nodes(),
                batchTokens, defaults.heads(), defaults.ffn(), partialK, warmup, steps, defaults.seed());
        PreparedCorpus prepared = PreparedCorpus.prepare(corpus, vocab, Math.min(batchTokens - 1, 250));
        int total = (noTrain ? 0 : 1) + relaxations.size();
        try (ProgressBar bar = Progress.bar("bench search", (long) total * (warmup + steps), "steps")) {
            if (!noTrain) {
                print(SearchBenchmark.train(prepared, s, bar::step));
            }
            for (String r : relaxations) {
                print(SearchBenchmark.search(prepared, s, r, bar::step));
            }
        }
        return ExitCodes.OK;
    }

    private void print(SearchBenchmark.Row r) {
        if (format.equals("json")) {
            System.out.println(JsonLines.line(r));
        } else {
            System.out.printf("%-6s %-8s %9.0f ms %8.0f tokens/s %7.1f GFLOP/s %8.1f MiB%n", r.kind(),
                    r.relaxation() == null ? "-" : r.relaxation(), r.stepMillis(), r.tokensPerSecond(), r.gflops(),
                    r.peakBytes() / 1048576.0);
        }
        System.out.flush();
    }
}
