package dev.revnas.translate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.TinyModel;
import dev.revnas.translate.batch.DecodeEngine;
import dev.revnas.translate.batch.DecodeSettings;
import dev.revnas.translate.system.ModelRegistryHealthIndicator;
import dev.revnas.translate.system.TranslateProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.json.JsonMapper;

/** The registry's life cycle, one scan at a time (no background thread, no web server). */
class ModelRegistryTest {
    private static final List<String> SENTENCE = List.of("Open the file .");

    private static ModelRegistry registry(Path store) {
        var properties = new TranslateProperties(null, Duration.ofHours(1), 8, Duration.ofMillis(1), 1000, 8, 8, 64,
                Duration.ofSeconds(60), null, null, null, new TranslateProperties.RateLimit(0, 0), DecodeEngine.ONNX, 1);
        return new ModelRegistry(store, properties, JsonMapper.builder().build(), new SimpleMeterRegistry());
    }

    private static void deploy(Path store, String name, String id, Path model) throws Exception {
        Path deployed = Files.createDirectories(store.resolve("deployed"));
        Files.writeString(deployed.resolve(name + ".json"), """
                {"id": "%s", "name": "%s", "path": "%s", "pair": "en-de", "deployedAt": "2026-01-01T00:00:00Z"}"""
                .formatted(id, name, model.toAbsolutePath()));
    }

    private static String translate(ModelLease lease) throws Exception {
        return lease.model().translate(SENTENCE, new DecodeSettings(1, null)).get(60, TimeUnit.SECONDS).translations().get(0);
    }

    @Test
    void readinessWaitsForTheFirstScanAndReportsFailures(@TempDir Path store) throws Exception {
        deploy(store, "tiny", "t-1", TinyModel.dir());
        deploy(store, "missing", "m-1", store.resolve("no-such-model"));
        ModelRegistry registry = registry(store);
        var health = new ModelRegistryHealthIndicator(registry);
        assertEquals(Status.OUT_OF_SERVICE, health.health().getStatus());

        registry.scan();
        var after = health.health();
        assertEquals(Status.UP, after.getStatus(), "a failed model does not take the service down");
        assertTrue(after.getDetails().get("failed").toString().contains("no-such-model"), after.getDetails().toString());
        assertThrows(ModelUnavailableException.class, () -> registry.lease("missing"));
        try (ModelLease lease = registry.lease("tiny")) {
            assertEquals(TinyModel.translateAloneGreedy(SENTENCE.get(0)), translate(lease));
        }
        registry.destroy();
    }

    @Test
    void aFailedNewVersionLeavesThePreviousOneServing(@TempDir Path store) throws Exception {
        deploy(store, "tiny", "t-1", TinyModel.dir());
        ModelRegistry registry = registry(store);
        registry.scan();
        deploy(store, "tiny", "t-2", store.resolve("gone"));
        registry.scan();

        ModelRegistry.Slot slot = registry.slots().get(0);
        assertEquals(ModelStatus.FAILED, slot.status());
        assertEquals("t-2", slot.wanted().id());
        try (ModelLease lease = registry.lease("tiny")) {
            assertEquals("t-1", lease.model().entry().id());
            assertEquals(TinyModel.translateAloneGreedy(SENTENCE.get(0)), translate(lease));
        }
        registry.destroy();
    }

    @Test
    void anUndeployedModelFinishesItsInFlightRequestsThenStops(@TempDir Path store) throws Exception {
        deploy(store, "tiny", "t-1", TinyModel.dir());
        ModelRegistry registry = registry(store);
        registry.scan();
        ModelLease inFlight = registry.lease("tiny");

        Files.delete(store.resolve("deployed").resolve("tiny.json"));
        registry.scan();
        assertThrows(UnknownModelException.class, () -> registry.lease("tiny"));
        assertEquals(TinyModel.translateAloneGreedy(SENTENCE.get(0)), translate(inFlight), "the lease holder is still served");

        inFlight.close();
        assertThrows(IllegalStateException.class, () -> inFlight.model().translate(SENTENCE, new DecodeSettings(1, null)),
                "its decoding thread stopped with the last lease");
        registry.destroy();
    }
}
