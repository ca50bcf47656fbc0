package dev.revnas.cli;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.DecodingSettings;
import dev.revnas.decode.StepModel;
import dev.revnas.decode.Translator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Translates stdin to stdout, one sentence a line (like fairseq-interactive or marian-decoder)."})
final class TranslateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "Model directory written by 'revnas train'.")
    java.nio.file.Path model;

    @Option(names = "--beam", description = "Beam size (default: the model's, usually 4; 1 is greedy).")
    Integer beam;

    @Option(names = "--batch", defaultValue = "32", description = "Sentences decoded together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--length-penalty", description = "Length penalty (default: the model's).")
    Double lengthPenalty;

    @Option(names = "--max-length-ratio", description = "Longest output, as a multiple of the source length (default: the model's).")
    Double maxLengthRatio;

    @Mixin
    EngineOption engine = new EngineOption();

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new dev.revnas.InvalidInputException("--batch is " + batch + "; it must be at least 1");
        }
        engine.check();
        ModelArtifact.Loaded loaded = ModelArtifact.load(model);
        DecodingSettings d = loaded.manifest().decoding().settings();
        var settings = new DecodingSettings(beam != null ? beam : d.beam(), lengthPenalty != null ? lengthPenalty : d.lengthPenalty(),
                maxLengthRatio != null ? maxLengthRatio : d.maxLengthRatio(), d.maxLengthOffset());
        try (StepModel steps = engine.steps(loaded)) {
            translate(new Translator(steps, loaded.vocabulary(), settings, 250));
        }
        return ExitCodes.OK;
    }

    private void translate(Translator translator) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> pending = new ArrayList<>();
        long done = 0;
        for (String line; (line = in.readLine()) != null; ) {
            pending.add(line);
            if (pending.size() == batch) {
                done += flush(translator, pending, out);
                System.err.printf("\rtranslated %d sentences", done);
            }
        }
        done += flush(translator, pending, out);
        System.err.printf("\rtranslated %d sentences%n", done);
    }

    private int flush(Translator translator, List<String> pending, PrintStream out) {
        int n = pending.size();
        if (n > 0) {
            translator.translate(pending, batch).forEach(out::println);
            out.flush();
            pending.clear();
        }
        return n;
    }
}
