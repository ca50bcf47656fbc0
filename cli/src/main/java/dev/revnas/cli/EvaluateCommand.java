package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.corpus.Utf8Lines;
import dev.revnas.decode.StepModel;
import dev.revnas.metrics.BleuScore;
import dev.revnas.metrics.ChrfScore;
import dev.revnas.train.Evaluation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Translates PREFIX.<source> with a model and scores it against PREFIX.<target> (BLEU and chrF)."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "Model directory written by 'revnas train'.")
    Path model;

    @Option(names = "--test", required = true, description = "Test files prefix, e.g. data/samples/en-de/test.")
    String test;

    @Option(names = "--beam", description = "Beam size (default: the model's).")
    Integer beam;

    @Option(names = "--batch", defaultValue = "32")
    int batch;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Option(names = "--hypotheses", paramLabel = "FILE", description = "Also write the translations there, one line per source line.")
    Path hypotheses;

    @Mixin
    EngineOption engine = new EngineOption();

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidInputException("--format '" + format + "' is not supported; allowed: text, json");
        }
        engine.check();
        ModelArtifact.Loaded loaded = ModelArtifact.load(model);
        Evaluation evaluation;
        try (ProgressBar bar = Progress.bar("evaluate", Utf8Lines.readAll(Path.of(test + "." + loaded.manifest().source())).size(), "sent");
                StepModel steps = engine.steps(loaded)) {
            evaluation = Evaluation.run(loaded, steps, test, beam, batch, bar::stepTo);
        }
        if (hypotheses != null) {
            evaluation.writeHypotheses(hypotheses);
        }
        BleuScore bleu = evaluation.bleu();
        ChrfScore chrf = evaluation.chrf();
        List<String> sources = evaluation.sources();
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bleu", bleu.score());
            json.put("chrf", chrf.score());
            json.put("bleuSignature", bleu.signature());
            json.put("chrfSignature", chrf.signature());
            json.put("sentences", sources.size());
            System.out.println(JsonLines.line(json));
        } else {
            System.out.printf("BLEU = %.2f  (%s)%nchrF = %.2f  (%s)%n", bleu.score(), bleu.signature(), chrf.score(), chrf.signature());
        }
        return ExitCodes.OK;
    }
}
