package dev.revnas.api.job;

import dev.revnas.InvalidInputException;
import dev.revnas.api.auth.ApiKey;
import dev.revnas.api.dataset.DatasetRepository;
import dev.revnas.api.system.ApiProblem;
import dev.revnas.api.system.JsonText;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import dev.revnas.db.JobKind;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts validated jobs on the queue (a QUEUED row and its QUEUED event, in one transaction) and
 * takes them off again on cancel. Every config is parsed by the shared formats before insert, so a job the
 * worker claims always parses.
 */
@Service
public class JobQueue {
    private final JobRepository jobs;
    private final DatasetRepository datasets;
    private final JdbcClient jdbc;
    private final JsonText json;
    private final MeterRegistry meters;
    private final int maxAttempts;

    JobQueue(JobRepository jobs, DatasetRepository datasets, JdbcClient jdbc, JsonText json, MeterRegistry meters,
            @Value("${revnas.jobs.max-attempts:3}") int maxAttempts) {
        this.jobs = jobs;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.json = json;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
    }

    /** The request body is a SearchConfig whose "dataset" is a dataset id. */
    @Transactional
    public Job submitSearch(String body, ApiKey caller) {
        if (!(tree(body) instanceof ObjectNode)) {
            throw new InvalidInputException("request must be a JSON object (a search config)");
        }
        SearchConfig config = SearchConfig.parse(body, "request");
        UUID dataset = dataset(config.dataset());
        String stored = config.toJson();
        SearchConfig.parse(stored, "normalised request"); // what the worker will parse
        return enqueue(Job.queued(JobKind.SEARCH, dataset, stored, null, null, config.seed(), maxAttempts, caller.id()), caller);
    }

    /**
     * The body is a TrainConfig plus the architecture, exactly one of: "searchJob" (a SUCCEEDED
     * search's genotype), "genotype" (a genotype object) or "baseline": true. The baseline's
     * "matchParams" may name a SUCCEEDED search instead of holding a genotype: its genotype is
     * put in the stored config, so the worker needs nothing else.
     */
    @Transactional
    public Job submitTraining(String body, ApiKey caller) {
        ObjectNode request = object(body);
        JsonNode searchJob = request.remove("searchJob");
        JsonNode genotype = request.remove("genotype");
        JsonNode baseline = request.remove("baseline");
        if (searchJob != null && !searchJob.isNull() && !searchJob.isString()) {
            throw ApiProblem.invalid("searchJob", "searchJob must be the id of a search job (a string)");
        }
        if (genotype != null && !genotype.isNull() && !genotype.isObject()) {
            throw ApiProblem.invalid("genotype", "genotype must be a genotype object");
        }
        if (baseline != null && !baseline.isNull() && !baseline.isBoolean()) {
            throw ApiProblem.invalid("baseline", "baseline must be true or false");
        }
        int given = (searchJob != null && !searchJob.isNull() ? 1 : 0) + (genotype != null && !genotype.isNull() ? 1 : 0)
                + (baseline != null && baseline.isBoolean() && baseline.booleanValue() ? 1 : 0);
        if (given != 1) {
            throw ApiProblem.invalid("searchJob", "give exactly one architecture: \"searchJob\": <search job id>, "
                    + "\"genotype\": {...} or \"baseline\": true; got " + given);
        }
        Job source = searchJob == null || searchJob.isNull() ? null : succeededSearch("searchJob", searchJob);
        JsonNode matchParams = request.get("matchParams");
        Job matched = matchParams != null && matchParams.isString() ? succeededSearch("matchParams", matchParams) : null;
        if (matched != null) {
            request.set("matchParams", json.mapper().readTree(matched.genotype()));
        } else if (matchParams != null && !matchParams.isNull() && !matchParams.isObject()) {
            throw ApiProblem.invalid("matchParams", "matchParams must be the id of a search job (a string) or a genotype object");
        }
        Job searched = source != null ? source : matched;
        if (searched != null && !request.has("dataset")) {
            request.put("dataset", searched.datasetId().toString()); // train on what was searched unless told otherwise
        }
        TrainConfig config = TrainConfig.parse(request.toString(), "request");
        UUID dataset = dataset(config.dataset());
        String genotypeJson = null;
        try {
            if (source != null) {
                genotypeJson = source.genotype();
            } else if (genotype != null && !genotype.isNull()) {
                genotypeJson = GenotypeJson.write(GenotypeJson.parse(genotype.toString(), "(field genotype)"));
            }
            if (genotypeJson != null) {
                Genotype g = GenotypeJson.parse(genotypeJson, "(field genotype)");
                // The network is built at the config's width: the genotype's ops must fit it too.
                GenotypeJson.validate(g.withHidden(config.hidden()), "(field genotype) at hidden " + config.hidden());
            }
        } catch (InvalidInputException bad) {
            throw InvalidInputException.at("genotype", bad.getMessage());
        }
        config.checkArchitecture(genotypeJson == null);
        String stored = config.toJson();
        TrainConfig.parse(stored, "normalised request");
        return enqueue(Job.queued(JobKind.TRAINING, dataset, stored, source == null ? null : source.id(), genotypeJson,
                config.seed(), maxAttempts, caller.id()), caller);
    }

    /** QUEUED: cancelled at once; RUNNING: the worker stops within one step and marks it CANCELLED. */
    @Transactional
    public void cancel(Job job, ApiKey caller) {
        Instant now = Instant.now();
        if (jobs.cancelQueued(job.id(), now) == 1) {
            event(job.id(), "CANCELLED", job.attempts(), "cancelled while queued by key " + caller.name());
        } else if (jobs.requestCancel(job.id(), now) == 1) {
            event(job.id(), "CANCEL_REQUESTED", job.attempts(), "requested by key " + caller.name());
        } else {
            throw ApiProblem.conflict("job " + job.id() + " is " + jobs.findById(job.id()).map(Job::status).orElse(job.status())
                    + "; only QUEUED or RUNNING jobs can be cancelled");
        }
    }

    private Job enqueue(Job job, ApiKey caller) {
        jobs.saveAndFlush(job);
        event(job.id(), "QUEUED", 0, "submitted by key " + caller.name());
        meters.counter("revnas.jobs.submitted", "kind", job.kind().name()).increment();
        return job;
    }

    private void event(UUID job, String type, int attempt, String message) {
        jdbc.sql("insert into job_events (job_id, at, type, attempt, message) values (:job, :at, :type, :attempt, :message)")
                .params(Map.of("job", job, "at", java.time.OffsetDateTime.now(), "type", type, "attempt", attempt, "message", message))
                .update();
    }

    private UUID dataset(String id) {
        if (id == null || id.isBlank()) {
            throw ApiProblem.invalid("dataset", "dataset is required: the id of a registered dataset");
        }
        UUID uuid = uuid("dataset", id);
        if (!datasets.existsById(uuid)) {
            throw ApiProblem.unprocessable("dataset", "dataset " + id + " does not exist");
        }
        return uuid;
    }

    private Job succeededSearch(String field, JsonNode id) {
        UUID uuid = uuid(field, id.asString());
        Job search = jobs.findByIdAndKind(uuid, JobKind.SEARCH)
                .orElseThrow(() -> ApiProblem.unprocessable(field, "search job " + uuid + " does not exist"));
        if (search.status() != JobStatus.SUCCEEDED || search.genotype() == null) {
            throw ApiProblem.unprocessable(field, "search job " + uuid + " is " + search.status()
                    + "; its genotype can be used once it SUCCEEDED");
        }
        return search;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(field, field + " '" + value + "' is not an id");
        }
    }

    private ObjectNode object(String body) {
        if (tree(body) instanceof ObjectNode o) {
            return o;
        }
        throw new InvalidInputException("request must be a JSON object");
    }

    /** The body as JSON: missing (empty, whitespace, null) or not JSON at all is a 400; the rest is judged as content (422). */
    private JsonNode tree(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.mapper().readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.malformed("request is not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw ApiProblem.malformed("the body is missing: send a JSON object");
        }
        return tree;
    }
}
