package dev.revnas.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revnas.InvalidInputException;
import dev.revnas.data.AtomicFiles;
import dev.revnas.search.AlphaHeatmap;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plot", mixinStandardHelpOptions = true, subcommands = PlotCommand.Alphas.class,
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
    static final class Alphas implements Callable<Integer> {
        @Option(names = "--search", required = true, description = "A search's output directory (with alpha-history.json).")
        Path search;

        @Option(names = "--out", description = "The SVG to write (default: <search>/alphas.svg).")
        Path out;

        @Override
        public Integer call() {
            Path history = search.resolve(SearchOutputs.ALPHAS_JSON);
            if (!Files.isRegularFile(history)) {
                throw new InvalidInputException("--search: " + history + " does not exist; is " + search
                        + " the output directory of a finished search?");
            }
            JsonNode root;
            Map<String, List<String>> candidates;
            List<SearchResult.AlphaSnapshot> snapshots;
            try {
                ObjectMapper json = new ObjectMapper();
                root = json.readTree(history.toFile());
                candidates = json.convertValue(root.path("candidates"), new TypeReference<>() {});
                snapshots = json.convertValue(root.path("history"), new TypeReference<>() {});
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(history + " is not an α history: " + e.getMessage(), e);
            }
            if (snapshots == null || snapshots.isEmpty() || candidates == null || !candidates.containsKey("encoder")
                    || !candidates.containsKey("decoder")) {
                throw new InvalidInputException(history + " has no snapshots or no candidate lists");
            }
            Path target = out != null ? out : search.resolve("alphas.svg");
            String title = "softmax(α) per edge, " + search.getFileName() + ", steps " + snapshots.get(0).step() + "–"
                    + snapshots.get(snapshots.size() - 1).step();
            AtomicFiles.write(target, AlphaHeatmap.svg(title, candidates, snapshots));
            System.out.println("wrote " + target);
            return ExitCodes.OK;
        }
    }
}
