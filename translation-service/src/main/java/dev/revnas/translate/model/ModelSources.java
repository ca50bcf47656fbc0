package dev.revnas.translate.model;

import dev.revnas.store.ModelManifest;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists what should be served: every deployed/&lt;name&gt;.json of the artifact store, and every
 * model directory of the optional static models dir (named after the directory).
 */
final class ModelSources {
    private static final Logger log = LoggerFactory.getLogger(ModelSources.class);

    private final Path deployedDir;
    private final Path staticDir;
    private final JsonMapper json;
    private final Map<Path, String> unreadable = new LinkedHashMap<>();

    ModelSources(Path deployedDir, Path staticDir, JsonMapper json) {
        this.deployedDir = deployedDir;
        this.staticDir = staticDir;
        this.json = json;
    }

    /** Name → entry; a deployment file that cannot be read is skipped (and logged once). */
    Map<String, ModelEntry> list() {
        Map<String, ModelEntry> found = new LinkedHashMap<>();
        if (staticDir != null) {
            for (Path dir : children(staticDir, "*")) {
                if (Files.isRegularFile(dir.resolve(ModelManifest.FILE))) {
                    String name = dir.getFileName().toString();
                    found.put(name, new ModelEntry(name, name, dir.toAbsolutePath(), null, null, "static:" + modified(dir)));
                }
            }
        }
        for (Path file : children(deployedDir, "*.json")) {
            ModelEntry entry = readDeployment(file);
            if (entry != null) {
                found.put(entry.name(), entry);
            }
        }
        return found;
    }

    private ModelEntry readDeployment(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        try {
            String text = Files.readString(file);
            Deployment d = json.readValue(text, Deployment.class);
            if (d.path() == null || d.path().isBlank()) {
                throw new IllegalArgumentException("it has no \"path\"");
            }
            // Absolute by contract; a relative path is taken relative to the artifact store.
            Path path = deployedDir.toAbsolutePath().getParent().resolve(d.path()).normalize();
            unreadable.remove(file);
            return new ModelEntry(name, d.id() != null ? d.id() : name, path, d.pair(), instant(d.deployedAt()),
                    text.strip() + "|" + modified(path));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            String problem = e.getMessage();
            if (!problem.equals(unreadable.put(file, problem))) {
                log.warn("ignoring {}: {}", file, problem);
            }
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** When the artifact's checksums were last written: a model rewritten in place is reloaded. */
    private static String modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve("checksums.json")).toString();
        } catch (IOException e) {
            return "-";
        }
    }

    private static Iterable<Path> children(Path dir, String glob) {
        if (dir == null || !Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            java.util.List<Path> paths = new java.util.ArrayList<>();
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(".")) { // temp files of an atomic write
                    paths.add(p);
                }
            }
            paths.sort(null);
            return paths;
        } catch (IOException e) {
            log.warn("cannot list {}: {}", dir, e.getMessage());
            return java.util.List.of();
        }
    }
}
