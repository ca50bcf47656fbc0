package dev.revnas.platform.chaos;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.platform.PlatformClient;
import dev.revnas.search.GenotypeDifference;
import dev.revnas.train.WeightDifference;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Whether a job ended as its reference did: a search's genotype (cells and final α), a training's model
 * (every weight, then test BLEU and chrF), fetched from the API as a user would.
 */
final class SameResult {
    /** Rounding: the same computation resumed from a checkpoint agrees to well within this. */
    static final double TOLERANCE = 1e-6;

    private final PlatformClient client;
    private final Path downloads;
    /** One model may be the reference of several jobs (two interrupted twins share one rerun). */
    private final Map<String, ModelArtifact.Loaded> models = new HashMap<>();

    SameResult(PlatformClient client, Path downloads) {
        this.client = client;
        this.downloads = downloads;
    }

    /** Both jobs SUCCEEDED; the difference in words, or empty. */
    Optional<String> difference(ChaosJobs.Kind kind, JsonNode reference, JsonNode job) {
        if (kind == ChaosJobs.Kind.SEARCH) {
            return GenotypeDifference.of(GenotypeJson.parse(reference.get("genotype").toString(), "of job " + reference.get("id")),
                    GenotypeJson.parse(job.get("genotype").toString(), "of job " + job.get("id")), TOLERANCE);
        }
        ModelArtifact.Loaded expected = model(reference);
        ModelArtifact.Loaded actual = model(job);
        Optional<String> weights = WeightDifference.of(expected.model(), actual.model(), TOLERANCE);
        if (weights.isPresent()) {
            return weights;
        }
        for (String metric : new String[] {"bleu", "chrf"}) {
            if (!Objects.equals(expected.metrics().get(metric), actual.metrics().get(metric))) {
                return Optional.of("test " + metric + " " + actual.metrics().get(metric) + " against "
                        + expected.metrics().get(metric));
            }
        }
        return Optional.empty();
    }

    private ModelArtifact.Loaded model(JsonNode trainingJob) {
        return models.computeIfAbsent(trainingJob.path("model").asString(),
                id -> ModelArtifact.load(client.downloadModel(id, downloads.resolve(id))));
    }
}
