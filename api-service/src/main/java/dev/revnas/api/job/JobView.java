package dev.revnas.api.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A job as the API answers it. {@code progress} is a percentage; {@code genotype} is the search's
 * result once it SUCCEEDED (for training: the genotype it trains, null for the baseline);
 * {@code model} is the trained model once a training job SUCCEEDED.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobView(UUID id, String kind, JobStatus status, UUID dataset, double progress, Long etaSeconds, JsonNode metrics,
        JsonNode genotype, String error, int attempts, int maxAttempts, boolean cancelRequested,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID searchJob, @JsonInclude(JsonInclude.Include.NON_NULL) UUID model,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean baseline, long seed, JsonNode config, Instant createdAt,
        Instant startedAt, Instant finishedAt) {}
