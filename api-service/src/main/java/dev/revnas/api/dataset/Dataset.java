package dev.revnas.api.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A verified corpus directory in the artifact store: what search and training jobs read. */
@Entity
@Table(name = "datasets")
public class Dataset {
    public enum Origin { REGISTERED, UPLOADED }

    @Id
    private UUID id;
    private String name;
    private String pair;
    private String origin;
    private String path;
    private String fingerprint;
    @Column(name = "train_pairs")
    private int trainPairs;
    @Column(name = "valid_pairs")
    private int validPairs;
    @Column(name = "test_pairs")
    private int testPairs;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Dataset() {}

    public Dataset(UUID id, String name, String pair, Origin origin, String path, String fingerprint, int trainPairs,
            int validPairs, int testPairs) {
        this.id = id;
        this.name = name;
        this.pair = pair;
        this.origin = origin.name();
        this.path = path;
        this.fingerprint = fingerprint;
        this.trainPairs = trainPairs;
        this.validPairs = validPairs;
        this.testPairs = testPairs;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String pair() {
        return pair;
    }

    public String origin() {
        return origin;
    }

    public String path() {
        return path;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public int trainPairs() {
        return trainPairs;
    }

    public int validPairs() {
        return validPairs;
    }

    public int testPairs() {
        return testPairs;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
