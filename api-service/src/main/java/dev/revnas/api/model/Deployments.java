package dev.revnas.api.model;

import dev.revnas.api.system.ApiProblem;
import dev.revnas.api.system.JsonText;
import dev.revnas.io.AtomicFiles;
import dev.revnas.store.ArtifactStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serving is a file: deployed/&lt;name&gt;.json in the artifact store, which translation-service
 * watches. It is written atomically, and the row says the same as the directory.
 */
@Service
public class Deployments {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final ModelRepository models;
    private final ArtifactStore store;
    private final JsonText json;

    Deployments(ModelRepository models, ArtifactStore store, JsonText json) {
        this.models = models;
        this.store = store;
        this.json = json;
    }

    public Model find(UUID id) {
        return models.findById(id).orElseThrow(() -> ApiProblem.notFound("model", id));
    }

    /** The model's artifact directory, which must exist to be served or downloaded. */
    public Path artifact(Model m) {
        Path dir = store.resolve(m.path());
        if (!Files.isDirectory(dir)) {
            throw ApiProblem.conflict("the artifact directory of model " + m.name() + " is missing: " + dir);
        }
        return dir;
    }

    @Transactional
    public Model deploy(UUID id) {
        Model m = find(id);
        if (!FILE_NAME.matcher(m.name()).matches()) {
            throw ApiProblem.conflict("model name '" + m.name() + "' cannot name a deployment file");
        }
        Path dir = artifact(m);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        m.deployed(at);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", m.id().toString());
        record.put("name", m.name());
        record.put("path", dir.toString());
        record.put("pair", m.pair());
        record.put("deployedAt", at.toString());
        models.saveAndFlush(m);
        AtomicFiles.write(file(m), json.write(record) + "\n");
        return m;
    }

    @Transactional
    public Model undeploy(UUID id) {
        Model m = find(id);
        m.deployed(null);
        models.saveAndFlush(m);
        try {
            Files.deleteIfExists(file(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the deployment of " + m.name(), e);
        }
        return m;
    }

    private Path file(Model m) {
        return store.deployed().resolve(m.name() + ".json");
    }
}
