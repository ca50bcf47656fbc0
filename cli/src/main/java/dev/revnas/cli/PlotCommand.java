package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.experiment.CurvesChart;
import dev.revnas.io.AtomicFiles;
import dev.revnas.search.AlphaHeatmap;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plot", mixinStandardHelpOptions = true, subcommands = {PlotCommand.AlphasPlot.class, PlotCommand.CurvesPlot.class},
        description = "Pictures of a search's and an experiment's results, as SVG.")
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

    @Command(name = "curves", mixinStandardHelpOptions = true,
            description = "An experiment's learning curves for one pair and seed: each model's training loss and validation losses.")
    static final class CurvesPlot implements Callable<Integer> {
        @Option(names = "--experiment", required = true, description = "An experiment's --out or --record directory.")
        Path experiment;

        @Option(names = "--pair", required = true, description = "The pair, as the experiment config names it.")
        String pair;

        @Option(names = "--seed", required = true, description = "The training seed.")
        long seed;

        @Option(names = "--out", description = "The SVG to write (default: <experiment>/<pair>/curves-seed<seed>.svg).")
        Path out;

        @Override
        public Integer call() {
            Path target = out != null ? out : experiment.resolve(pair).resolve("curves-seed" + seed + ".svg");
            AtomicFiles.write(target, CurvesChart.forSeed(experiment, pair, seed));
            System.out.println("wrote " + target);
            return ExitCodes.OK;
        }
    }
}
