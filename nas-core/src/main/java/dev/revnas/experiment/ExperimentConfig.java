package dev.revnas.experiment;

import dev.revnas.InvalidInputException;
import dev.revnas.config.Checks;
import dev.revnas.config.ConfigJson;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment (design §7's claim, measured): for every pair one search, then the derived
 * network, the size-matched baseline and a random architecture, trained with the same
 * {@code train} config for each seed. Parsed and validated once; errors name the field.
 *
 * @param pairs by name (the directory each gets under --out), in order
 * @param search the search of every pair
 * @param train the training of every model; its seed is replaced by each pair's seeds, and the
 *     baseline's FFN width is chosen to match the derived network ({@code ffn} and {@code matchParams} are the experiment's)
 * @param randomSeed seeds the random architecture (one per experiment, from the search space)
 * @param resamples of the paired bootstrap (sacreBLEU's 1,000 by default)
 * @param bootstrapSeed seeds the paired bootstrap's draws
 */
public record ExperimentConfig(Map<String, Pair> pairs, SearchConfig search, TrainConfig train, Long randomSeed,
        Integer resamples, Long bootstrapSeed) {

    public static final List<String> MODELS = List.of("derived", "baseline", "random");

    /**
     * @param corpus a corpus directory ({@code revnas corpus build}); a relative path is taken from the working directory
     * @param seeds training seeds: each model is trained once per seed
     * @param models which of derived, baseline, random (default all three; derived is required, the others are compared with it)
     * @param genotype a genotype.json to train as the derived network instead of searching (an ablation of the derivation,
     *     docs/experiments.md); null: the pair's search derives it
     */
    public record Pair(String corpus, List<Long> seeds, List<String> models, String genotype) {
        public Pair {
            if (corpus == null || corpus.isBlank()) {
                throw InvalidInputException.at("corpus", "corpus is required: a corpus directory");
            }
            if (seeds == null || seeds.isEmpty()) {
                throw InvalidInputException.at("seeds", "seeds is " + (seeds == null ? "missing" : "empty") + "; give at least one training seed");
            }
            if (seeds.stream().distinct().count() != seeds.size()) {
                throw InvalidInputException.at("seeds", "seeds lists a seed twice: " + seeds);
            }
            models = models == null ? MODELS : List.copyOf(models);
            for (String m : models) {
                if (!MODELS.contains(m)) {
                    throw InvalidInputException.at("models", "models has '" + m + "'; allowed: " + String.join(", ", MODELS));
                }
            }
            if (!models.contains("derived")) {
                throw InvalidInputException.at("models", "models must include derived: the others are compared with it");
            }
            seeds = List.copyOf(seeds);
            if (genotype != null && genotype.isBlank()) {
                throw InvalidInputException.at("genotype", "genotype is blank; give a genotype.json, or leave it out to search");
            }
        }
    }

    public ExperimentConfig {
        if (pairs == null || pairs.isEmpty()) {
            throw InvalidInputException.at("pairs", "pairs is " + (pairs == null ? "missing" : "empty") + "; give at least one pair");
        }
        for (String name : pairs.keySet()) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw InvalidInputException.at("pairs", "pairs: the name '" + name + "' is not a directory name (letters, digits, . _ -)");
            }
        }
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
        if (search == null) {
            throw InvalidInputException.at("search", "search is required: a search config (docs/search.md)");
        }
        if (train == null) {
            throw InvalidInputException.at("train", "train is required: a training config (docs/training.md)");
        }
        if (train.matchParams() != null) {
            throw InvalidInputException.at("train.matchParams", "train.matchParams: the experiment matches the baseline to each derived network itself");
        }
        if (train.hidden() % search.searchSpace().splits() != 0) {
            throw InvalidInputException.at("train.hidden", "train.hidden " + train.hidden() + " is not divisible by search.searchSpace.splits "
                    + search.searchSpace().splits());
        }
        randomSeed = randomSeed != null ? randomSeed : 1L;
        resamples = resamples != null ? resamples : 1000;
        bootstrapSeed = bootstrapSeed != null ? bootstrapSeed : 12345L;
        Checks.atLeast("resamples", resamples, 1);
    }

    public static ExperimentConfig parse(String json, String source) {
        return ConfigJson.parse(json, source, ExperimentConfig.class);
    }

    public static ExperimentConfig read(Path file) {
        return ConfigJson.read(file, ExperimentConfig.class);
    }

    public String toJson() {
        return ConfigJson.write(this);
    }
}
