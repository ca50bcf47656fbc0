package dev.revnas.api.system;

import dev.revnas.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The artifact store shared with search-worker and translation-service (a directory; a volume in k8s). */
@Component
public class ArtifactStore {
    private final Path root;

    public ArtifactStore(@Value("${revnas.artifacts.dir}") Path root) {
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

    /** A path as the database holds it: relative ones (models/<id>) live under the store. */
    public Path resolve(String stored) {
        return root.resolve(stored).normalize();
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
