package dev.revnas.api.model;

import dev.revnas.api.system.JsonText;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

public record ModelView(UUID id, String name, String pair, String architecture, Double bleu, Double chrf, long parameters,
        JsonNode genotype, JsonNode metrics, JsonNode provenance, boolean deployed, Instant deployedAt, UUID trainingJob,
        UUID dataset, Instant createdAt) {

    static ModelView of(Model m, JsonText json) {
        return new ModelView(m.id(), m.name(), m.pair(), m.architecture(), m.bleu(), m.chrf(), m.parameters(),
                json.tree(m.genotype()), json.tree(m.metrics()), json.tree(m.provenance()), m.deployed(), m.deployedAt(),
                m.trainingJobId(), m.datasetId(), m.createdAt());
    }
}
