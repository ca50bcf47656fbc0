package dev.revnas.train;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.DecodingSettings;
import dev.revnas.corpus.Utf8Lines;
import dev.revnas.decode.StepModel;
import dev.revnas.decode.Translator;
import dev.revnas.io.AtomicFiles;
import dev.revnas.metrics.Bleu;
import dev.revnas.metrics.BleuConfig;
import dev.revnas.metrics.BleuScore;
import dev.revnas.metrics.Chrf;
import dev.revnas.metrics.ChrfConfig;
import dev.revnas.metrics.ChrfScore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A model translating {@code PREFIX.<source>} and scored against {@code PREFIX.<target>}
 * (sacreBLEU-compatible BLEU and chrF), as {@code revnas evaluate} reports it.
 *
 * @param hypotheses one detokenized line per source line
 */
public record Evaluation(List<String> sources, List<String> references, List<String> hypotheses, BleuScore bleu,
        ChrfScore chrf) {

    /**
     * Translates the test split with {@code steps}' engine (ND4J's, {@link ModelArtifact.Loaded#nd4jSteps}, or ONNX
     * Runtime's from the cli) and scores it.
     *
     * @param beam the beam size, or null for the model's own
     * @param progress told how many sentences are translated
     */
    public static Evaluation run(ModelArtifact.Loaded loaded, StepModel steps, String testPrefix, Integer beam, int batch,
            IntConsumer progress) {
        DecodingSettings own = loaded.manifest().decoding().settings();
        return run(loaded, steps, testPrefix, beam != null ? own.withBeam(beam) : own, Integer.MAX_VALUE, batch, progress);
    }

    /**
     * As {@link #run(ModelArtifact.Loaded, StepModel, String, Integer, int, IntConsumer)}, with these decoding settings
     * and only the first {@code limit} lines of the split.
     */
    public static Evaluation run(ModelArtifact.Loaded loaded, StepModel steps, String prefix, DecodingSettings settings, int limit,
            int batch, IntConsumer progress) {
        Path sourceFile = Path.of(prefix + "." + loaded.manifest().source());
        Path targetFile = Path.of(prefix + "." + loaded.manifest().target());
        List<String> sources = Utf8Lines.readAll(sourceFile);
        List<String> refs = Utf8Lines.readAll(targetFile);
        if (sources.size() != refs.size()) {
            throw new InvalidInputException(sourceFile + " has " + sources.size() + " lines but " + targetFile + " has " + refs.size());
        }
        sources = sources.subList(0, Math.min(limit, sources.size()));
        refs = refs.subList(0, sources.size());
        List<String> hyps = new Translator(steps, loaded.vocabulary(), settings, 250).translate(sources, batch, progress);
        return new Evaluation(sources, refs, hyps, new Bleu(BleuConfig.corpus()).corpusScore(hyps, List.of(refs)),
                new Chrf(ChrfConfig.chrf()).corpusScore(hyps, List.of(refs)));
    }

    /** The hypotheses, one line each, written whole or not at all. */
    public void writeHypotheses(Path file) {
        AtomicFiles.write(file, String.join("\n", hypotheses) + "\n");
    }
}
