package dev.revnas.config;

import dev.revnas.InvalidInputException;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import java.nio.file.Path;

/**
 * A training job's configuration as JSON (design §5 and §8 defaults). The architecture
 * itself (a genotype or the baseline) is given separately; this says how big and how long.
 *
 * @param heads attention heads of the baseline Transformer
 * @param ffn FFN width of the baseline Transformer (default 4 · hidden; none with {@code matchParams})
 * @param mode backprop of a derived network: "reconstruct" (default) or "standard"; the baseline is always standard
 * @param accumulate batches whose gradients add up to one update
 * @param patience epochs without a better validation loss before stopping early
 * @param averageLast final weights are the average of the last k epoch checkpoints (1: no averaging)
 * @param validBleuSentences validation sentences translated (greedy) for the per-epoch BLEU
 * @param testSentences test sentences translated for the final BLEU and chrF (default: all)
 * @param matchParams the baseline only: a genotype whose network, built at this config's width and
 *     depths, the baseline matches in parameter count by its FFN width ({@link EqualSize})
 */
public record TrainConfig(String dataset, Integer hidden, Integer encoderLayers, Integer decoderLayers, Integer heads,
        Integer ffn, Double dropout, Double labelSmoothing, Boolean tiedEmbeddings, String mode, Integer vocabSize,
        Integer batchTokens, Integer accumulate, Double lr, Integer warmupSteps, Double clipNorm, Budget budget,
        Integer patience, Integer averageLast, Integer validBleuSentences, Integer testSentences, Integer beam, Double lengthPenalty,
        Double maxLengthRatio, Integer checkpointEvery, Long seed, Genotype matchParams) {

    public TrainConfig {
        hidden = or(hidden, 256);
        encoderLayers = or(encoderLayers, 3);
        decoderLayers = or(decoderLayers, 3);
        heads = or(heads, 4);
        if (matchParams != null && ffn != null) {
            throw InvalidInputException.at("ffn", "ffn is " + ffn + ", but matchParams chooses the baseline's FFN width; give one of them");
        }
        ffn = matchParams != null ? null : or(ffn, 4 * hidden);
        dropout = dropout != null ? dropout : 0.1;
        labelSmoothing = labelSmoothing != null ? labelSmoothing : 0.1;
        tiedEmbeddings = tiedEmbeddings == null || tiedEmbeddings;
        vocabSize = or(vocabSize, 8000);
        batchTokens = or(batchTokens, 4096);
        accumulate = or(accumulate, 1);
        lr = lr != null ? lr : 5e-4;
        clipNorm = clipNorm != null ? clipNorm : 1.0;
        patience = or(patience, 5);
        averageLast = or(averageLast, 5);
        validBleuSentences = or(validBleuSentences, 200);
        testSentences = or(testSentences, Integer.MAX_VALUE);
        beam = or(beam, 4);
        lengthPenalty = lengthPenalty != null ? lengthPenalty : 1.0;
        maxLengthRatio = maxLengthRatio != null ? maxLengthRatio : 1.5;
        checkpointEvery = or(checkpointEvery, 500);
        seed = seed != null ? seed : 1L;
        if (budget == null) {
            throw InvalidInputException.at("budget", "budget is required: one of {\"steps\": N}, {\"epochs\": N}, {\"minutes\": M}");
        }
        Checks.atLeast("hidden", hidden, 2);
        Checks.atLeast("encoderLayers", encoderLayers, 1);
        Checks.atLeast("decoderLayers", decoderLayers, 1);
        Checks.atLeast("heads", heads, 1);
        if (matchParams != null) {
            // The network it matches is built at this config's width, so its ops must fit that width.
            try {
                GenotypeJson.validate(matchParams.withHidden(hidden), "at hidden " + hidden);
            } catch (InvalidInputException bad) {
                throw bad.under("matchParams");
            }
        } else {
            Checks.atLeast("ffn", ffn, 1);
        }
        Checks.inRange("dropout", dropout, 0, 1);
        Checks.inRange("labelSmoothing", labelSmoothing, 0, 1);
        if (mode != null) {
            BackpropMode.parse(mode);
        }
        Checks.atLeast("vocabSize", vocabSize, 16);
        Checks.atLeast("batchTokens", batchTokens, 16);
        Checks.atLeast("accumulate", accumulate, 1);
        Checks.positive("lr", lr);
        if (warmupSteps != null) {
            Checks.atLeast("warmupSteps", warmupSteps, 1);
        }
        Checks.nonNegative("clipNorm", clipNorm);
        Checks.atLeast("patience", patience, 1);
        Checks.atLeast("averageLast", averageLast, 1);
        Checks.atLeast("validBleuSentences", validBleuSentences, 0);
        Checks.atLeast("testSentences", testSentences, 1);
        Checks.atLeast("checkpointEvery", checkpointEvery, 1);
        new DecodingSettings(beam, lengthPenalty, maxLengthRatio, 10);
    }

    private static int or(Integer v, int d) {
        return v != null ? v : d;
    }

    /** The backprop mode: the baseline only has standard; a derived network defaults to reconstruct. */
    public BackpropMode backpropMode(boolean baseline) {
        if (baseline) {
            if (mode != null && BackpropMode.parse(mode) != BackpropMode.STANDARD) {
                throw InvalidInputException.at("mode", "mode '" + mode + "': the baseline Transformer is not reversible; use standard");
            }
            return BackpropMode.STANDARD;
        }
        return mode == null ? BackpropMode.RECONSTRUCT : BackpropMode.parse(mode);
    }

    /** Checks what only one kind of architecture takes: its backprop mode, and matchParams (the baseline's). */
    public void checkArchitecture(boolean baseline) {
        backpropMode(baseline);
        if (!baseline && matchParams != null) {
            throw InvalidInputException.at("matchParams", "matchParams sizes the baseline Transformer; a derived network's size is its genotype's");
        }
    }

    public int warmupFor(long totalSteps) {
        if (warmupSteps != null) {
            return warmupSteps;
        }
        return Budget.defaultWarmup(totalSteps);
    }

    public DecodingSettings decoding() {
        return new DecodingSettings(beam, lengthPenalty, maxLengthRatio, 10);
    }

    public static TrainConfig parse(String json, String source) {
        return ConfigJson.parse(json, source, TrainConfig.class);
    }

    public static TrainConfig read(Path file) {
        return ConfigJson.read(file, TrainConfig.class);
    }

    public String toJson() {
        return ConfigJson.write(this);
    }
}
