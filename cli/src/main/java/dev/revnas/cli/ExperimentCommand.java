package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.experiment.Decoding;
import dev.revnas.experiment.Experiment;
import dev.revnas.experiment.ExperimentConfig;
import dev.revnas.experiment.ExperimentListener;
import dev.revnas.experiment.LengthPenaltyTuning;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {
            "Runs an experiment (docs/experiments.md): per pair a search, then the derived network, the size-matched",
            "baseline and a random architecture trained for each seed and evaluated on the test split, with paired",
            "bootstrap comparisons in OUT/results.json and OUT/results.md. Run again with the same arguments, it",
            "continues where it stopped."})
final class ExperimentCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Experiment config JSON (see docs/experiments.md).")
    Path config;

    @Option(names = "--out", required = true, description = "State and results; the same --out continues the experiment.")
    Path out;

    @Option(names = "--record", description = "Keep each finished stage's done.json and small outputs (no models or checkpoints) and"
            + " the results here, and take finished stages from here: commit it to continue the experiment on another machine.")
    Path record;

    @Mixin
    EngineOption engine = new EngineOption();

    @Option(names = "--tune-length-penalty", split = ",", paramLabel = "LP",
            description = "After each training, also decode the model with the length penalty among these that scores the best BLEU"
                    + " on the validation split (e.g. 0,0.5,1,1.5), and compare the models so decoded too (docs/experiments.md)."
                    + " Models trained before, and still in --out, get it on the next run.")
    List<Double> lengthPenalties;

    @Option(names = "--tune-sentences", description = "Validation lines the length penalty is chosen on (default: "
            + LengthPenaltyTuning.DEFAULT_SENTENCES + ").")
    Integer tuneSentences;

    @Override
    public Integer call() {
        engine.check();
        if (lengthPenalties == null && tuneSentences != null) {
            throw new InvalidInputException("--tune-sentences chooses a length penalty; give the penalties with --tune-length-penalty");
        }
        LengthPenaltyTuning tuning = lengthPenalties == null ? null
                : new LengthPenaltyTuning(lengthPenalties, tuneSentences != null ? tuneSentences : LengthPenaltyTuning.DEFAULT_SENTENCES);
        Experiment experiment = Experiment.prepare(ExperimentConfig.read(config), out, record, new Bars())
                .decodeWith(new Decoding(engine.engine, engine::steps)).tuneLengthPenalty(tuning);
        experiment.run();
        System.out.println("results: " + out.resolve("results.md"));
        return ExitCodes.OK;
    }

    /** One progress line per stage and phase, with its ETA; log lines on stderr. */
    private static final class Bars implements ExperimentListener {
        private ProgressBar bar;
        private String showing;

        @Override
        public void onStageStart(String stage, String how) {
            System.err.println(stage + ": " + how);
        }

        @Override
        public void onProgress(String stage, String phase, double fraction, double etaSeconds) {
            if (!(stage + " " + phase).equals(showing)) {
                close();
                showing = stage + " " + phase;
                bar = Progress.percent(showing, true);
            }
            bar.stepTo(Math.round(fraction * 100));
            long s = Math.round(etaSeconds);
            bar.setExtraMessage(String.format(Locale.ROOT, "ETA %d:%02d:%02d", s / 3600, s / 60 % 60, s % 60));
        }

        @Override
        public void onStageDone(String stage) {
            close();
            System.err.println(stage + ": done");
        }

        @Override
        public void onLog(String line) {
            close();
            System.err.println(line);
        }

        private void close() {
            if (bar != null) {
                bar.close();
                bar = null;
                showing = null;
            }
        }
    }
}
