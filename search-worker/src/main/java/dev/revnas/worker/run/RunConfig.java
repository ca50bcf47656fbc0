package dev.revnas.worker.run;

import dev.revnas.InvalidInputException;
import dev.revnas.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The config a job runs with: its request, with the worker's checkpointEvery where the request set
 * none. Fixed at the first attempt in jobs/&lt;id&gt;/config.json, because a resumed run must use the
 * very config its checkpoint was made with, whatever the next worker's settings.
 */
final class RunConfig {
    static final String FILE = "config.json";

    private RunConfig() {}

    static String resolve(String request, Path jobDir, int checkpointEvery) {
        Path file = jobDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            JsonNode node = JobRun.JSON.readTree(request);
            if (!(node instanceof ObjectNode object)) {
                throw new InvalidInputException("the job's config is not a JSON object");
            }
            if (!object.has("checkpointEvery")) {
                object.put("checkpointEvery", checkpointEvery);
            }
            String json = object.toString();
            AtomicFiles.write(file, json);
            return json;
        } catch (JacksonException e) {
            throw new InvalidInputException("the job's config is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
