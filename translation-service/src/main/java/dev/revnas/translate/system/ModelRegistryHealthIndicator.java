package dev.revnas.translate.system;

import dev.revnas.translate.model.ModelRegistry;
import dev.revnas.translate.model.ModelStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "models": OUT_OF_SERVICE until the first scan of deployed models is done (so readiness
 * waits for it), then UP with every model's status; a failed model is a detail, not a DOWN,
 * because the others keep serving.
 */
@Component("modelsHealthIndicator")
public class ModelRegistryHealthIndicator implements HealthIndicator {
    private final ModelRegistry registry;

    public ModelRegistryHealthIndicator(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        Map<String, Object> models = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (ModelRegistry.Slot slot : registry.slots()) {
            models.put(slot.wanted().name(), slot.status());
            if (slot.status() == ModelStatus.FAILED) {
                failed.put(slot.wanted().name(), slot.error());
            }
        }
        Health.Builder health = registry.scanned() ? Health.up() : Health.outOfService();
        health.withDetail("models", models);
        if (!failed.isEmpty()) {
            health.withDetail("failed", failed);
        }
        return health.build();
    }
}
