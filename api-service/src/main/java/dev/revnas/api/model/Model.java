package dev.revnas.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A trained model: search-worker inserts it when a training job succeeds; deploy marks it served. */
@Entity
@Table(name = "models")
public class Model {
    @Id
    private UUID id;
    private String name;
    @Column(name = "training_job_id")
    private UUID trainingJobId;
    @Column(name = "dataset_id")
    private UUID datasetId;
    private String pair;
    private String path;
    private String architecture;
    private String genotype;
    private long parameters;
    private Double bleu;
    private Double chrf;
    private String metrics;
    private String provenance;
    private boolean deployed;
    @Column(name = "deployed_at")
    private Instant deployedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Model() {}

    void deployed(Instant at) {
        deployed = at != null;
        deployedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID trainingJobId() {
        return trainingJobId;
    }

    public UUID datasetId() {
        return datasetId;
    }

    public String pair() {
        return pair;
    }

    public String path() {
        return path;
    }

    public String architecture() {
        return architecture;
    }

    public String genotype() {
        return genotype;
    }

    public long parameters() {
        return parameters;
    }

    public Double bleu() {
        return bleu;
    }

    public Double chrf() {
        return chrf;
    }

    public String metrics() {
        return metrics;
    }

    public String provenance() {
        return provenance;
    }

    public boolean deployed() {
        return deployed;
    }

    public Instant deployedAt() {
        return deployedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
