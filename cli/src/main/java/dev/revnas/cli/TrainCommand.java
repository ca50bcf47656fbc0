package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.config.TrainConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.Json;
import dev.revnas.train.TrainListener;
import dev.revnas.train.TrainProgress;
import dev.revnas.train.TrainResult;
import dev.revnas.train.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Trains a derived network (--genotype) or the baseline Transformer (--baseline) on a corpus",
            "directory and writes the model artifact to --out. Checkpoints go to --work (default OUT.train).",
            "--baseline --match-params GENOTYPE trains the baseline at the genotype's parameter count."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "A corpus directory made by 'revnas corpus build'.")
    Path corpus;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Architecture architecture;

    static final class Architecture {
        @Option(names = "--genotype", description = "genotype.json from a search.")
        Path genotype;

        @Option(names = "--baseline", description = "The standard Transformer.")
        boolean baseline;
    }

    @Option(names = "--match-params", paramLabel = "GENOTYPE", description = {
        "With --baseline: choose the baseline's FFN width so that its parameter count is within 2%% of",
        "the network this genotype.json gives at the same width, depths and vocabulary."})
    Path matchParams;

    @Option(names = "--out", required = true, description = "Model directory to write; must not exist.")
    Path out;

    @Option(names = "--config", description = "Training config JSON (see docs/training.md); flags below override it.")
    Path config;

    @Option(names = "--steps", description = "Budget: optimiser updates.")
    Integer steps;

    @Option(names = "--epochs", description = "Budget: epochs.")
    Integer epochs;

    @Option(names = "--minutes", description = "Budget: wall-clock minutes.")
    Double minutes;

    @Option(names = "--work", description = "Checkpoint directory (default: OUT.train).")
    Path work;

    @Option(names = "--resume", description = "Continue from the checkpoint in --work.")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        if (matchParams != null && !architecture.baseline) {
            throw new InvalidInputException("--match-params sizes the baseline Transformer; give it with --baseline");
        }
        TrainConfig cfg = config();
        Genotype genotype = architecture.genotype != null ? GenotypeJson.read(architecture.genotype) : null;
        Path workDir = work != null ? work : out.resolveSibling(out.getFileName() + ".train");
        if (Files.exists(out)) {
            throw new InvalidInputException("model directory " + out + " already exists");
        }
        if (!resume && Files.exists(workDir)) {
            throw new InvalidInputException("checkpoint directory " + workDir + " already exists (use --resume to continue it)");
        }
        TrainResult result;
        try (ProgressBar bar = Progress.percent("train", false)) {
            result = Training.run(cfg, corpus, genotype, out, workDir, new BarListener(bar), resume);
        }
        System.out.printf("trained %d steps, %,d parameters: valid loss %.4f%s%n", result.steps(), result.parameters(),
                result.validLoss(), result.validBleu() == null ? "" : String.format(", valid BLEU %.2f", result.validBleu()));
        if (result.matchedParameters() != null) {
            System.out.printf("size-matched baseline: %,d parameters against the genotype's %,d (%+.2f%%)%n",
                    result.parameters(), result.matchedParameters(),
                    100.0 * (result.parameters() - result.matchedParameters()) / result.matchedParameters());
        }
        System.out.printf("test BLEU %.2f, chrF %.2f%n", result.testBleu(), result.testChrf());
        System.out.println("model: " + result.modelDir());
        return ExitCodes.OK;
    }

    /** The config file with the budget flags applied. */
    private TrainConfig config() throws IOException {
        ObjectMapper json = Json.MAPPER;
        ObjectNode node;
        try {
            node = config == null ? json.createObjectNode() : (ObjectNode) json.readTree(Files.readString(config));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("config file " + config + " does not exist");
        } catch (IOException | JacksonException | ClassCastException e) {
            throw new InvalidInputException("config " + config + " is not a JSON object: " + e.getMessage());
        }
        if (matchParams != null) {
            node.set("matchParams", json.readTree(GenotypeJson.write(GenotypeJson.read(matchParams))));
        }
        int budgets = (steps != null ? 1 : 0) + (epochs != null ? 1 : 0) + (minutes != null ? 1 : 0);
        if (budgets > 1) {
            throw new InvalidInputException("give one of --steps, --epochs, --minutes");
        }
        if (budgets == 1) {
            ObjectNode budget = node.putObject("budget");
            if (steps != null) {
                budget.put("steps", steps);
            } else if (epochs != null) {
                budget.put("epochs", epochs);
            } else {
                budget.put("minutes", minutes);
            }
        }
        return TrainConfig.parse(node.toString(), config == null ? "training config" : config.toString());
    }

    private record BarListener(ProgressBar bar) implements TrainListener {
        @Override
        public void onProgress(TrainProgress p) {
            bar.stepTo(Math.round(p.fraction() * 100));
            bar.setExtraMessage(String.format("ep %d loss %.2f%s %.0f tok/s", p.epoch(), p.trainLoss(),
                    p.validBleu() == null ? "" : String.format(" BLEU %.1f", p.validBleu()), p.tokensPerSecond()));
        }

        @Override
        public void onPhase(String phase) {
            bar.setExtraMessage(phase + " ...");
        }
    }
}
