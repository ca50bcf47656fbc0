package dev.revnas.translate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ModelSourcesTest {

    @Test
    void servesEveryModelDirectoryOfTheStaticDirAndEveryDeploymentFile(@TempDir Path dir) throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        TinyModel.copy(models.resolve("local-en-de"));
        Files.createDirectories(models.resolve("not-a-model"));
        Path deployed = Files.createDirectories(dir.resolve("store").resolve("deployed"));
        Files.writeString(deployed.resolve("prod.json"), """
                {"id": "m-1", "name": "prod", "path": "models/m-1", "pair": "en-de", "deployedAt": "2026-01-02T03:04:05Z"}""");
        Files.writeString(deployed.resolve(".prod.json.tmp"), "{half");

        ModelSources sources = new ModelSources(deployed, models, JsonMapper.builder().build());
        Map<String, ModelEntry> found = sources.list();

        assertEquals(java.util.Set.of("local-en-de", "prod"), found.keySet());
        assertEquals(models.resolve("local-en-de").toAbsolutePath(), found.get("local-en-de").path());
        ModelEntry prod = found.get("prod");
        assertEquals("m-1", prod.id());
        assertEquals(dir.resolve("store").resolve("models").resolve("m-1").toAbsolutePath(), prod.path(), "relative to the store");
        assertEquals(java.time.Instant.parse("2026-01-02T03:04:05Z"), prod.deployedAt());

        String version = prod.version();
        Files.writeString(deployed.resolve("prod.json"), """
                {"id": "m-2", "name": "prod", "path": "/elsewhere/m-2", "pair": "en-de", "deployedAt": "2026-01-03T03:04:05Z"}""");
        ModelEntry redeployed = sources.list().get("prod");
        assertNotEquals(version, redeployed.version(), "a redeployment is a new version");
        assertEquals(Path.of("/elsewhere/m-2"), redeployed.path());

        Files.writeString(deployed.resolve("prod.json"), "[]");
        assertTrue(!sources.list().containsKey("prod"), "an unreadable deployment file is skipped");
    }
}
