package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.SearchCapacityBenchmark;
import dev.revnas.config.BackpropMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search-capacity", mixinStandardHelpOptions = true,
        description = {
            "The largest hidden size (full op set) and the largest number of candidate ops per edge",
            "(at --ops-hidden) whose supernet search step fits under --memory-limit of off-heap memory,",
            "in each backprop mode. A step counts parameters, gradients, both Adam states and activations."})
final class BenchSearchCapacityCommand implements Callable<Integer> {
    @Option(names = "--memory-limit", defaultValue = "4g", description = "Off-heap cap, e.g. 4g, 512m (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Option(names = "--layers", defaultValue = "6", description = "Layers in each stack (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--mode", defaultValue = "reconstruct,standard")
    String modes;

    @Option(names = "--splits", defaultValue = "2")
    int splits;

    @Option(names = "--nodes", defaultValue = "2")
    int nodes;

    @Option(names = "--batch-tokens", defaultValue = "2048")
    int batchTokens;

    @Option(names = "--vocab", defaultValue = "8000")
    int vocab;

    @Option(names = "--ops-hidden", defaultValue = "256", description = "Hidden size of the ops count search (default: ${DEFAULT-VALUE}).")
    int opsHidden;

    @Option(names = "--max-ops", defaultValue = "64")
    int maxOps;

    @Option(names = "--max-hidden", defaultValue = "4096")
    int maxHidden;

    @Option(names = "--format", defaultValue = "table", description = "table or json (one object per mode).")
    String format;

    @Override
    public Integer call() {
        long cap = bytes(memoryLimit);
        var settings = new SearchCapacityBenchmark.Settings(cap, layers, splits, nodes, batchTokens, 32, vocab, opsHidden, maxOps, maxHidden);
        List<SearchCapacityBenchmark.Result> results = new ArrayList<>();
        for (String m : modes.split(",")) {
            var result = SearchCapacityBenchmark.run(BackpropMode.parse(m), settings,
                    p -> System.err.printf("  %s hidden %d, %d ops: %s%n", p.mode(), p.hidden(), p.ops(),
                            p.peakBytes() == Long.MAX_VALUE ? "allocation failed"
                                    : String.format("%.0f MiB %s", p.peakBytes() / 1048576.0, p.fits() ? "fits" : "too big")));
            results.add(result);
            if (format.equals("json")) {
                System.out.println(JsonLines.line(java.util.Map.of("mode", result.mode(), "maxHidden", result.maxHidden(),
                        "maxOps", result.maxOps())));
            }
        }
        if (!format.equals("json")) {
            System.out.printf("%-12s %10s %8s   (cap %s, %d+%d layers)%n", "mode", "maxHidden", "maxOps", memoryLimit, layers, layers);
            results.forEach(r -> System.out.printf("%-12s %10d %8d%n", r.mode(), r.maxHidden(), r.maxOps()));
        }
        return ExitCodes.OK;
    }

    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1;
        try {
            return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--memory-limit '" + size + "' is not a size like 4g or 512m");
        }
    }
}
