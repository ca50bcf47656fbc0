package dev.revnas.api.dataset;

import java.time.Instant;
import java.util.UUID;

public record DatasetView(UUID id, String name, String pair, String origin, Counts counts, String fingerprint, String path,
        Instant createdAt) {

    public record Counts(int train, int valid, int test) {}

    public static DatasetView of(Dataset d) {
        return new DatasetView(d.id(), d.name(), d.pair(), d.origin(), new Counts(d.trainPairs(), d.validPairs(), d.testPairs()),
                d.fingerprint(), d.path(), d.createdAt());
    }
}
