package dev.revnas.translate.model;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.store.ArtifactStore;
import dev.revnas.translate.batch.DecodeEngine;
import dev.revnas.translate.batch.MicroBatcher;
import dev.revnas.translate.system.TranslateProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The models being served, by name. A background thread scans the artifact store's deployed/
 * directory (and the static models dir); a new or changed deployment is loaded there and then
 * swapped in atomically, the version it replaces retiring once its in-flight requests finish;
 * a removed deployment retires the same way. A model that fails to load (e.g. a checksum
 * mismatch) is reported as FAILED and the others keep serving.
 */
@Component
public class ModelRegistry implements InitializingBean, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);

    /** What a name is meant to serve (wanted), what serves it now, and how loading the wanted one went. */
    public record Slot(ModelEntry wanted, ServedModel serving, ModelStatus status, String error) {}

    private final ModelSources sources;
    private final TranslateProperties properties;
    private final MeterRegistry meters;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "model-registry");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean scanned;

    public ModelRegistry(@Value("${revnas.artifacts.dir:artifacts}") Path artifacts, TranslateProperties properties,
            JsonMapper json, MeterRegistry meters) {
        this.sources = new ModelSources(new ArtifactStore(artifacts).deployed(), properties.models(), json);
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        scanner.scheduleWithFixedDelay(this::scanSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        scanner.shutdownNow();
        scanner.awaitTermination(10, TimeUnit.SECONDS);
        List<Slot> all = List.copyOf(slots.values());
        slots.clear(); // first, so that no request finds a retired model and looks again
        all.forEach(s -> {
            if (s.serving() != null) {
                s.serving().retire();
            }
        });
    }

    /** True once every model found by the first scan has been loaded or has failed. */
    public boolean scanned() {
        return scanned;
    }

    public List<Slot> slots() {
        List<Slot> all = new ArrayList<>(slots.values());
        all.sort(Comparator.comparing(s -> s.wanted().name()));
        return all;
    }

    /** A lease on the named model; throws when it is not deployed, still loading or failed. */
    public ModelLease lease(String name) {
        while (true) {
            Slot slot = slots.get(name);
            if (slot == null) {
                throw new UnknownModelException(name, "model '" + name + "' is not deployed; deployed: " + names());
            }
            ServedModel model = slot.serving();
            if (model == null) {
                throw unavailable(slot);
            }
            if (model.acquire()) {
                return new ModelLease(model);
            }
            // Retired between the look-up and the lease: its replacement is in the map already.
        }
    }

    /** The model a request without "model" gets: the configured default, else the newest deployed one. */
    public ModelLease leaseDefault() {
        if (properties.defaultModel() != null && !properties.defaultModel().isBlank()) {
            return lease(properties.defaultModel());
        }
        return lease(newestServing(s -> true).orElseThrow(() -> new ModelUnavailableException(null, ModelStatus.LOADING,
                slots.isEmpty() ? "no model is deployed" : "no model is ready yet: " + names())).entry().name());
    }

    /** The newest serving model that satisfies the test (the configured default first). */
    public Optional<ServedModel> newestServing(Predicate<ServedModel> test) {
        List<ServedModel> serving = slots.values().stream().map(Slot::serving).filter(m -> m != null && test.test(m)).toList();
        return serving.stream().filter(m -> m.entry().name().equals(properties.defaultModel())).findFirst()
                .or(() -> serving.stream().max(Comparator.comparing((ServedModel m) -> m.entry().deployedAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(ServedModel::loadedAt)));
    }

    public List<ServedModel> serving() {
        return slots.values().stream().map(Slot::serving).filter(m -> m != null).toList();
    }

    private ModelUnavailableException unavailable(Slot slot) {
        String name = slot.wanted().name();
        return slot.status() == ModelStatus.FAILED
                ? new ModelUnavailableException(name, ModelStatus.FAILED, "model '" + name + "' failed to load: " + slot.error())
                : new ModelUnavailableException(name, ModelStatus.LOADING, "model '" + name + "' is still loading");
    }

    private List<String> names() {
        return slots.keySet().stream().sorted().toList();
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.error("scanning for deployed models failed", e);
        }
    }

    /** One pass: retire what was undeployed, then load what is new or changed. */
    void scan() {
        Map<String, ModelEntry> found = sources.list();
        for (String name : List.copyOf(slots.keySet())) {
            if (!found.containsKey(name)) {
                Slot gone = slots.remove(name);
                if (gone.serving() != null) {
                    gone.serving().retire();
                }
                log.info("model {} undeployed", name);
            }
        }
        List<ModelEntry> changed = new ArrayList<>();
        for (ModelEntry entry : found.values()) {
            Slot slot = slots.get(entry.name());
            if (slot == null || !slot.wanted().version().equals(entry.version())) {
                slots.put(entry.name(), new Slot(entry, slot == null ? null : slot.serving(), ModelStatus.LOADING, null));
                changed.add(entry);
            }
        }
        changed.forEach(this::load);
        scanned = true;
    }

    private void load(ModelEntry entry) {
        long start = System.nanoTime();
        ServedModel loaded;
        try {
            ModelArtifact.Loaded artifact = ModelArtifact.load(entry.path());
            DecodeEngine.Choice engine = properties.engine().steps(artifact, properties.onnxThreads());
            if (engine.fallback() != null) {
                log.info("model {} is decoded by ND4J: {}", entry.name(), engine.fallback());
            }
            loaded = new ServedModel(entry, artifact, engine.engine(), new MicroBatcher(entry.name(), artifact, engine.steps(),
                    properties.maxBatchSentences(), properties.maxWait(), meters), Instant.now());
        } catch (RuntimeException e) {
            Slot slot = slots.get(entry.name());
            slots.put(entry.name(), new Slot(entry, slot == null ? null : slot.serving(), ModelStatus.FAILED, e.getMessage()));
            log.error("model {} ({}) failed to load: {}", entry.name(), entry.path(), e.getMessage());
            return;
        }
        Slot previous = slots.put(entry.name(), new Slot(entry, loaded, ModelStatus.READY, null));
        if (previous != null && previous.serving() != null) {
            previous.serving().retire();
        }
        log.info("model {} ({}, {}) loaded from {} in {} ms, decoded by {}", entry.name(), entry.id(), loaded.pair(), entry.path(),
                (System.nanoTime() - start) / 1_000_000, loaded.engine().label());
    }
}
