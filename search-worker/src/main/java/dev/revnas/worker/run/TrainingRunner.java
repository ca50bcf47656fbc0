package dev.revnas.worker.run;

import dev.revnas.config.TrainConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.store.ArtifactStore;
import dev.revnas.store.Checkpoints;
import dev.revnas.store.ModelManifest;
import dev.revnas.train.TrainResult;
import dev.revnas.train.Training;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.NewModel;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A training job, as {@code revnas train} runs it (cli/TrainCommand): the job's genotype (or the
 * baseline when it has none) trained into models/&lt;modelId&gt;, then the models row.
 */
@Component
class TrainingRunner {
    private final ArtifactStore store;
    private final WorkerQueue queue;
    private final WorkerProperties properties;

    TrainingRunner(ArtifactStore store, WorkerQueue queue, WorkerProperties properties) {
        this.store = store;
        this.queue = queue;
        this.properties = properties;
    }

    /** One model per training job, so that an attempt after a crash rewrites the same directory and row. */
    static UUID modelIdOf(UUID trainingJob) {
        return UUID.nameUUIDFromBytes(("revnas-model:" + trainingJob).getBytes(StandardCharsets.UTF_8));
    }

    boolean run(ClaimedJob job, JobRun run) {
        TrainConfig config = TrainConfig.parse(RunConfig.resolve(job.config(), store.job(job.id()), properties.checkpointEvery()),
                "job " + job.id() + " config");
        Genotype genotype = job.genotype() == null ? null : GenotypeJson.parse(job.genotype(), "of job " + job.id());
        Path checkpoint = store.checkpoint(job.id());
        boolean resume = Checkpoints.hasTraining(checkpoint);
        if (resume) {
            Resumption.record(queue, job, Checkpoints.trainingState(checkpoint));
        }
        UUID modelId = modelIdOf(job.id());
        Path modelDir = store.model(modelId);
        TrainResult result = Training.run(config, store.resolve(job.datasetPath()), genotype, modelDir, checkpoint,
                run.trainListener(), resume);
        if (result.stopped()) {
            return false;
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("step", result.steps());
        metrics.put("validLoss", result.validLoss());
        metrics.put("validBleu", result.validBleu());
        metrics.put("testBleu", result.testBleu());
        metrics.put("testChrf", result.testChrf());
        metrics.put("parameters", result.parameters());
        if (result.matchedParameters() != null) {
            metrics.put("matchedParameters", result.matchedParameters()); // a size-matched baseline's target
        }
        NewModel model = new NewModel(modelId, job.pair() + "-" + job.id().toString().substring(0, 8), job.datasetId(), job.pair(),
                store.relative(modelDir), genotype == null ? "BASELINE" : "SEARCHED", job.genotype(), result.parameters(),
                result.testBleu(), result.testChrf(), read(modelDir.resolve(ModelManifest.METRICS)), provenance(job, modelDir));
        queue.trainingSucceeded(job.lease(), model, JobRun.json(metrics));
        return true;
    }

    /** The artifact's own provenance (corpus fingerprint, config, seed, source revision) and the platform's ids. */
    private static String provenance(ClaimedJob job, Path modelDir) {
        try {
            JsonNode manifest = JobRun.JSON.readTree(modelDir.resolve(ModelManifest.FILE).toFile());
            ObjectNode provenance = manifest.path("provenance") instanceof ObjectNode o ? o.deepCopy() : JobRun.JSON.createObjectNode();
            provenance.put("trainingJob", job.id().toString());
            provenance.put("dataset", job.datasetId().toString());
            if (job.sourceJobId() != null) {
                provenance.put("searchJob", job.sourceJobId().toString());
            }
            return provenance.toString();
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot read " + modelDir.resolve(ModelManifest.FILE) + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
