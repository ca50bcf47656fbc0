package dev.revnas.store;

import dev.revnas.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The artifact store's layout, the one place that spells it (a directory; a volume in Kubernetes):
 * api-service writes datasets and deployments, search-worker writes jobs and models, translation-service
 * reads deployments. The database holds paths relative to the root.
 *
 * <pre>
 * datasets/&lt;id&gt;/             an uploaded corpus directory
 * jobs/&lt;id&gt;/checkpoint/      what the next attempt of a job resumes from ({@link Checkpoints})
 * jobs/&lt;id&gt;/search/          a search job's genotype, α history and vocabulary
 * models/&lt;id&gt;/              a trained model's artifact
 * deployed/&lt;name&gt;.json       the models translation-service serves
 * </pre>
 */
public final class ArtifactStore {
    private final Path root;

    public ArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path datasets() {
        return root.resolve("datasets");
    }

    public Path deployed() {
        return root.resolve("deployed");
    }

    public Path job(UUID id) {
        return root.resolve("jobs").resolve(id.toString());
    }

    /** A job's checkpoint directory: what the next attempt resumes from. */
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

    /** A path as the database holds it: relative ones (models/&lt;id&gt;, datasets/&lt;id&gt;) live under the store. */
    public Path resolve(String stored) {
        return root.resolve(stored).normalize();
    }

    /** How the database refers to a file in the store: relative to its root. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }

    /** Removes a directory tree if it exists; unchecked, for the cleanup paths of request handling. */
    public static void deleteTree(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
