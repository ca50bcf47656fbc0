package dev.revnas.worker.queue;

import java.util.UUID;

/** The models row a successful training job inserts. */
public record NewModel(UUID id, String name, UUID datasetId, String pair, String path, String architecture,
        String genotype, long parameters, Double bleu, Double chrf, String metrics, String provenance) {}
