package dev.revnas.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.RawHttp;
import dev.revnas.api.ApiRoute;
import dev.revnas.api.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests (HostileRequests, from a fixed seed) against every route: each answer is below
 * 500, each 4xx an RFC 9457 problem, and a refused request leaves no row and no file behind.
 * More or other requests: -Drevnas.hostile.requests=N -Drevnas.hostile.seed=S.
 */
class HostileRequestsTest extends ApiTest {
    private static final long SEED = Long.getLong("revnas.hostile.seed", 13);
    private static final int REQUESTS = Integer.getInteger("revnas.hostile.requests", 2000);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Test
    void everyAnswerIsBelow500AndEveryRefusalAProblemThatWritesNothing() {
        HostileRequests requests = new HostileRequests(SEED, JSON, fixtures(), ApiRoute.all(mapping));
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = state();
        TreeMap<Long, String> slowest = new TreeMap<>();
        long start = System.nanoTime();

        for (int i = 0; i < REQUESTS; i++) {
            RawHttp.Request request = requests.next();
            RawHttp.Answer answer;
            long sent = System.nanoTime();
            try {
                answer = RawHttp.send(port, request);
                slowest.put(System.nanoTime() - sent, "#" + i + " " + RawHttp.abbreviate(request.description(), 120) + " → " + answer.status());
                if (slowest.size() > 5) {
                    slowest.pollFirstEntry();
                }
            } catch (RuntimeException e) {
                failures.add("#" + i + " " + request + " → no answer: " + e.getMessage());
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            Map<String, Long> after = state();
            List<String> wrong = judge(request, answer);
            if (answer.status() >= 400 && !after.equals(before)) {
                wrong.add("refused, yet the state changed from " + before + " to " + after);
            }
            wrong.addAll(invariants());
            if (!wrong.isEmpty()) {
                failures.add("#" + i + " " + request + " → " + answer.status() + " " + answer.contentType() + " "
                        + RawHttp.abbreviate(answer.text(), 300) + ": " + wrong);
            }
            before = after;
        }

        System.out.printf("hostile requests: %d sent (seed %d) in %.1f s; statuses %s; %d failures; slowest %s%n", REQUESTS, SEED,
                (System.nanoTime() - start) / 1e9, statuses, failures.size(), slowest.descendingMap().entrySet().stream()
                        .map(e -> String.format("%.2f s %s", e.getKey() / 1e9, e.getValue())).toList());
        assertThat(failures).as(failures.size() + " of " + REQUESTS + " answers were wrong; the first ones")
                .hasSize(0);
        // The generator reaches past each kind of check: keys, routing, parsing, validation and success.
        assertThat(statuses.keySet()).contains(200, 201, 400, 401, 403, 404, 405, 413, 415, 422);
        assertThat(get("/api/v1/datasets", readKey).status()).as("the service still serves").isEqualTo(200);
    }

    /** The status is below 500; a 4xx is a problem detail with that status and a detail (HEAD answers have no body). */
    private static List<String> judge(RawHttp.Request request, RawHttp.Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() >= 500) {
            wrong.add("a server error");
        }
        if (answer.status() >= 400 && !request.method().equals("HEAD")) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                wrong.add("a 4xx that is not application/problem+json");
            } else {
                JsonNode problem = JSON.readTree(answer.body());
                if (problem.path("status").asInt() != answer.status() || problem.path("detail").asString("").isBlank()) {
                    wrong.add("a problem without its status or detail");
                }
            }
        }
        return wrong;
    }

    /** What must hold after every request: each job has its QUEUED event, no Idempotency-Key is left in flight. */
    private List<String> invariants() {
        List<String> wrong = new ArrayList<>();
        if (jdbc.queryForObject("select count(*) from jobs j where not exists (select 1 from job_events e where e.job_id = j.id)",
                Long.class) > 0) {
            wrong.add("a job without events");
        }
        if (count("idempotency_keys where status = 0") > 0) {
            wrong.add("an Idempotency-Key left in flight");
        }
        return wrong;
    }

    /** The rows of every table, and the entries of the datasets and deployed directories (partial copies included). */
    private Map<String, Long> state() {
        Map<String, Long> state = new LinkedHashMap<>(rows());
        for (String dir : List.of("datasets", "deployed")) {
            try (Stream<Path> entries = Files.exists(ARTIFACTS.resolve(dir)) ? Files.list(ARTIFACTS.resolve(dir)) : Stream.empty()) {
                state.put(dir + "/", entries.count());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    /** A dataset, a queued and a succeeded search, a training job and a model with its artifact, and keys of each kind. */
    private HostileRequests.Fixtures fixtures() {
        String dataset = registerSample();
        String queued = submitSearch(dataset);
        String succeeded = submitSearch(dataset);
        finishSearch(succeeded);
        Response training = post("/api/v1/training-jobs", submitKey, Map.of("searchJob", succeeded, "hidden", 64, "encoderLayers", 2,
                "decoderLayers", 2, "vocabSize", 2000, "batchTokens", 1024, "budget", Map.of("steps", 200)));
        assertThat(training.status()).as(training.text()).isEqualTo(201);
        UUID job = UUID.randomUUID();
        jdbc.update("insert into jobs (id, kind, status, dataset_id, config, genotype, seed, progress, max_attempts, created_at, "
                + "updated_at, started_at, finished_at) values (?, 'TRAINING', 'SUCCEEDED', ?, '{\"budget\":{\"steps\":5}}', ?, 1, 1, 3, "
                + "now(), now(), now(), now())", job, UUID.fromString(dataset), genotypeJson());
        jdbc.update("insert into job_events (job_id, at, type, attempt) values (?, now(), 'QUEUED', 0)", job);
        UUID model = UUID.randomUUID();
        try {
            Path dir = Files.createDirectories(ARTIFACTS.resolve("models").resolve(model.toString()));
            Files.writeString(dir.resolve("model.json"), "{\"kind\": \"revnas-model\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("insert into models (id, name, training_job_id, dataset_id, pair, path, architecture, parameters, metrics, "
                + "provenance, created_at) values (?, ?, ?, ?, 'en-de', ?, 'BASELINE', 1000, '{}', '{}', now())",
                model, "hostile-" + model.toString().substring(0, 8), job, UUID.fromString(dataset), "models/" + model);
        String revoked = createKey("revoked", "admin");
        jdbc.update("update api_keys set revoked_at = now() where name = 'revoked'");
        return new HostileRequests.Fixtures(Map.of("admin", ADMIN_KEY, "submit", submitKey, "read", readKey, "revoked", revoked),
                dataset, queued, succeeded, training.json().get("id").asString(), model.toString(), SAMPLE.toString(),
                genotypeJson());
    }
}
