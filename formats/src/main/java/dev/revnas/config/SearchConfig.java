package dev.revnas.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revnas.InvalidInputException;
import java.nio.file.Path;

/**
 * A search job's configuration, as JSON (design §5 defaults). Parsed and validated once:
 * an unknown field, a wrong type or an out-of-range value fails with the field's name.
 *
 * @param dataset the platform's dataset id; the CLI takes the corpus from --corpus instead
 * @param order "first" (default) or "second": DARTS's first-order or finite-difference second-order α gradient
 * @param warmupSteps weight warm-up; by default a tenth of the budget, at most 4000
 * @param checkpointEvery steps between checkpoints
 * @param validateEvery steps between validation passes (default: once per epoch of the weight half)
 */
public record SearchConfig(String dataset, SearchSpace searchSpace, Integer encoderLayers, Integer decoderLayers,
        Integer hidden, Budget budget, String mode, Long seed, String order, Double dropout, Double labelSmoothing,
        Boolean tiedEmbeddings, Integer batchTokens, Integer vocabSize, Double lr, Integer warmupSteps, Double clipNorm,
        @JsonProperty("architecture") AlphaOptimizer alphaOptimizer, Integer checkpointEvery, Integer validateEvery) {

    /** α's Adam (design §5: lr 3e-4, β 0.5/0.999, weight decay 1e-3); the JSON field keeps its first name, "architecture". */
    public record AlphaOptimizer(Double lr, Double beta1, Double beta2, Double weightDecay) {
        public AdamSettings settings() {
            AdamSettings d = AdamSettings.alphas();
            return new AdamSettings(lr != null ? lr : d.lr(), beta1 != null ? beta1 : d.beta1(),
                    beta2 != null ? beta2 : d.beta2(), d.epsilon(), weightDecay != null ? weightDecay : d.weightDecay());
        }
    }

    public SearchConfig {
        searchSpace = searchSpace != null ? searchSpace : new SearchSpace(null, null, null, null, null, null, null, null, null, null, null);
        encoderLayers = orDefault(encoderLayers, 3);
        decoderLayers = orDefault(decoderLayers, 3);
        hidden = orDefault(hidden, 256);
        mode = mode != null ? mode : "reconstruct";
        seed = seed != null ? seed : 1L;
        order = order != null ? order : "first";
        dropout = dropout != null ? dropout : 0.1;
        labelSmoothing = labelSmoothing != null ? labelSmoothing : 0.1;
        tiedEmbeddings = tiedEmbeddings == null || tiedEmbeddings;
        batchTokens = orDefault(batchTokens, 2048);
        vocabSize = orDefault(vocabSize, 8000);
        lr = lr != null ? lr : 1e-3;
        clipNorm = clipNorm != null ? clipNorm : 1.0;
        alphaOptimizer = alphaOptimizer != null ? alphaOptimizer : new AlphaOptimizer(null, null, null, null);
        checkpointEvery = orDefault(checkpointEvery, 200);

        if (budget == null) {
            throw InvalidInputException.at("budget", "budget is required: one of {\"steps\": N}, {\"epochs\": N}, {\"minutes\": M}");
        }
        Checks.atLeast("encoderLayers", encoderLayers, 1);
        Checks.atLeast("decoderLayers", decoderLayers, 1);
        Checks.atLeast("hidden", hidden, 2);
        if (hidden % searchSpace.splits() != 0) {
            throw InvalidInputException.at("hidden", "hidden " + hidden + " is not divisible by searchSpace.splits " + searchSpace.splits());
        }
        if (!order.equals("first") && !order.equals("second")) {
            throw InvalidInputException.at("order", "order is '" + order + "'; allowed: first, second");
        }
        BackpropMode.parse(mode);
        Checks.inRange("dropout", dropout, 0, 1);
        Checks.inRange("labelSmoothing", labelSmoothing, 0, 1);
        Checks.atLeast("batchTokens", batchTokens, 16);
        Checks.atLeast("vocabSize", vocabSize, 16);
        Checks.positive("lr", lr);
        if (warmupSteps != null) {
            Checks.atLeast("warmupSteps", warmupSteps, 1);
        }
        Checks.nonNegative("clipNorm", clipNorm);
        Checks.atLeast("checkpointEvery", checkpointEvery, 1);
        if (validateEvery != null) {
            Checks.atLeast("validateEvery", validateEvery, 1);
        }
        alphaOptimizer.settings();
        searchSpace.validate(hidden / searchSpace.splits());
    }

    private static int orDefault(Integer v, int d) {
        return v != null ? v : d;
    }

    public BackpropMode backpropMode() {
        return BackpropMode.parse(mode);
    }

    public int warmupFor(long totalSteps) {
        if (warmupSteps != null) {
            return warmupSteps;
        }
        return Budget.defaultWarmup(totalSteps);
    }

    public static SearchConfig parse(String json, String source) {
        return ConfigJson.parse(json, source, SearchConfig.class);
    }

    public static SearchConfig read(Path file) {
        return ConfigJson.read(file, SearchConfig.class);
    }

    public String toJson() {
        return ConfigJson.write(this);
    }
}
