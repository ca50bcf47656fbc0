package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.data.AtomicFiles;
import dev.revnas.search.AlphaHeatmap;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plot", mixinStandardHelpOptions = true, subcommands = PlotCommand.AlphasPlot.class,
        description = "Pictures of a search's results, as SVG.")
final class PlotCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "alphas", mixinStandardHelpOptions = true,
            description = "softmax(α) over a search, one panel per edge: ops by snapshots, shaded by weight.")
    static final class AlphasPlot implements Callable<Integer> {
        @Option(names = "--search", required = true, description = "A search's output directory: its alpha-history.json, or its last checkpoint while it runs.")
        Path search;

        @Option(names = "--out", description = "The SVG to write (default: <search>/alphas.svg).")
        Path out;

        @Override
        public Integer call() {
            SearchOutputs.AlphaHistory history = SearchOutputs.alphaHistory(search);
            List<SearchResult.AlphaSnapshot> snapshots = history.snapshots();
            if (snapshots == null || snapshots.isEmpty() || history.candidates() == null
                    || !history.candidates().containsKey("encoder") || !history.candidates().containsKey("decoder")) {
                throw new InvalidInputException("--search: " + search + " has no α snapshots yet (one is taken per epoch)");
            }
            Path target = out != null ? out : search.resolve("alphas.svg");
            String title = "softmax(α) per edge, " + search.getFileName() + ", steps " + snapshots.get(0).step() + "–"
                    + snapshots.get(snapshots.size() - 1).step();
            if (!history.finished()) {
                title += " (from the last checkpoint: the search has not finished)";
            }
            AtomicFiles.write(target, AlphaHeatmap.svg(title, history.candidates(), snapshots));
            System.out.println("wrote " + target);
            return ExitCodes.OK;
        }
    }
}
