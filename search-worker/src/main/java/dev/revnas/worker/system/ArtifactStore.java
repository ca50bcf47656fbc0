package dev.revnas.worker.system;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The artifact store's layout (a directory; a volume in Kubernetes), as every service reads it. */
@Component
public class ArtifactStore {
    private final Path root;

    public ArtifactStore(@Value("${revnas.artifacts.dir:artifacts}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path job(UUID id) {
        return root.resolve("jobs").resolve(id.toString());
    }

    /** Search.run's and Training.run's checkpointDir: what the next attempt resumes from. */
    public Path checkpoint(UUID job) {
        return job(job).resolve("checkpoint");
    }

    /** genotype.json, alpha-history.json/.csv, vocab.json of a search job. */
    public Path searchOutputs(UUID job) {
        return job(job).resolve("search");
    }

    public Path model(UUID model) {
        return root.resolve("models").resolve(model.toString());
    }

    /** A dataset's corpus directory: absolute as registered, or relative to the store as uploaded. */
    public Path dataset(String path) {
        return root.resolve(path).normalize();
    }

    /** How the database refers to a file in the store: relative to its root. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }
}
