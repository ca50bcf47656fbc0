package dev.revnas.translate.model;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.store.ModelManifest;
import dev.revnas.translate.batch.DecodeSettings;
import dev.revnas.translate.batch.DecodeEngine;
import dev.revnas.translate.batch.MicroBatcher;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A loaded model and its decoding thread. Requests hold a lease while they wait for their
 * translations; a retired model (undeployed or replaced) stops its thread only when the last
 * lease is returned, so no in-flight request is dropped.
 */
public final class ServedModel {
    private final ModelEntry entry;
    private final ModelArtifact.Loaded loaded;
    private final DecodeEngine engine;
    private final MicroBatcher batcher;
    private final Instant loadedAt;
    private int leases;
    private boolean retired;

    ServedModel(ModelEntry entry, ModelArtifact.Loaded loaded, DecodeEngine engine, MicroBatcher batcher, Instant loadedAt) {
        this.entry = entry;
        this.loaded = loaded;
        this.engine = engine;
        this.batcher = batcher;
        this.loadedAt = loadedAt;
    }

    public ModelEntry entry() {
        return entry;
    }

    public ModelManifest manifest() {
        return loaded.manifest();
    }

    /** The engine that decodes it (ND4J where ONNX was asked for but cannot export the network). */
    public DecodeEngine engine() {
        return engine;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public long parameters() {
        return loaded.model().params().stream().mapToLong(p -> p.value().length()).sum();
    }

    public Object metric(String name) {
        return loaded.metrics().get(name);
    }

    /** The pair this model translates: the deployment's, else the artifact's. */
    public String pair() {
        return entry.pair() != null ? entry.pair() : loaded.manifest().pair();
    }

    public String source() {
        return loaded.manifest().source() != null ? loaded.manifest().source() : pair().split("-")[0];
    }

    public String target() {
        return loaded.manifest().target() != null ? loaded.manifest().target() : pair().split("-")[1];
    }

    public int defaultBeam() {
        return loaded.manifest().decoding().beam();
    }

    /** Queues texts on this model's decoding thread; call within a lease. */
    public CompletableFuture<MicroBatcher.Result> translate(List<String> texts, DecodeSettings settings) {
        return batcher.submit(texts, settings);
    }

    synchronized boolean acquire() {
        if (retired) {
            return false;
        }
        leases++;
        return true;
    }

    synchronized void release() {
        leases--;
        if (retired && leases == 0) {
            batcher.close();
        }
    }

    synchronized void retire() {
        retired = true;
        if (leases == 0) {
            batcher.close();
        }
    }
}
