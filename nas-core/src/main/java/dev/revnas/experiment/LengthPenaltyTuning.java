package dev.revnas.experiment;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.DecodingSettings;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.decode.StepModel;
import dev.revnas.train.Evaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The decoding ablation ("decoding before cells", docs/experiments.md): a trained model decoded
 * again with the length penalty that scores the best BLEU on the first {@code sentences} lines of
 * the validation split, among {@code grid}. Every model gets the same grid and lines, so two
 * tuned models are still compared like with like; the gap that remains is not their output
 * length. Only the test split is scored with the chosen penalty; the choice sees no test line.
 *
 * @param grid the length penalties tried (a hypothesis's score is divided by length^penalty)
 */
public record LengthPenaltyTuning(List<Double> grid, int sentences) {
    static final String OPTION = "--tune-length-penalty";
    /** Validation lines the penalty is chosen on when none are given. */
    public static final int DEFAULT_SENTENCES = 500;

    public LengthPenaltyTuning {
        if (grid == null || grid.isEmpty()) {
            throw new InvalidInputException(OPTION + " needs at least one length penalty");
        }
        for (Double p : grid) {
            if (p == null || !Double.isFinite(p) || p < 0) {
                throw new InvalidInputException(OPTION + ": " + p + " is not a length penalty (a finite number ≥ 0)");
            }
        }
        if (sentences < 1) {
            throw new InvalidInputException("--tune-sentences must be ≥ 1, got " + sentences);
        }
        grid = List.copyOf(grid);
    }

    /** What the tuning found and the test split decoded with it. */
    record Tuned(double lengthPenalty, Map<String, Double> validBleu, int validSentences, Evaluation test) {}

    /**
     * Decodes the validation lines once per penalty (ties go to the earlier in the grid), then
     * the test split with the best.
     *
     * @param progress told the fraction of the sentences to decode that are done
     */
    Tuned run(ModelArtifact.Loaded loaded, StepModel steps, CorpusDirectory corpus, int batch, DoubleConsumer progress) {
        DecodingSettings own = loaded.manifest().decoding().settings();
        String valid = corpus.dir().resolve("valid").toString();
        String test = corpus.dir().resolve("test").toString();
        long testLines = corpus.manifest().splits().getOrDefault("test", 0L);
        int validLines = (int) Math.min(sentences, corpus.manifest().splits().getOrDefault("valid", 0L));
        if (validLines == 0) {
            throw new InvalidInputException(corpus.dir() + " has no validation split to choose a length penalty on");
        }
        double total = (double) grid.size() * validLines + testLines;
        Map<String, Double> scores = new LinkedHashMap<>();
        double best = grid.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grid.size(); i++) {
            double before = (double) i * validLines;
            double score = Evaluation.run(loaded, steps, valid, own.withLengthPenalty(grid.get(i)), validLines, batch,
                    done -> progress.accept((before + done) / total)).bleu().score();
            scores.put(Double.toString(grid.get(i)), score);
            if (score > bestScore) {
                best = grid.get(i);
                bestScore = score;
            }
        }
        double before = (double) grid.size() * validLines;
        Evaluation scored = Evaluation.run(loaded, steps, test, own.withLengthPenalty(best), Integer.MAX_VALUE, batch,
                done -> progress.accept((before + done) / total));
        return new Tuned(best, scores, validLines, scored);
    }
}
