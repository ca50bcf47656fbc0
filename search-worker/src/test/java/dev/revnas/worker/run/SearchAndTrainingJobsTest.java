package dev.revnas.worker.run;

import static dev.revnas.worker.WorkerTestSupport.DB;
import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static dev.revnas.worker.WorkerTestSupport.events;
import static dev.revnas.worker.WorkerTestSupport.job;
import static dev.revnas.worker.WorkerTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.worker.WorkerTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;

class SearchAndTrainingJobsTest {
    @TempDir
    Path artifacts;
    private ConfigurableApplicationContext worker;

    @BeforeEach
    void start() {
        WorkerTestSupport.resetDatabase();
        worker = WorkerTestSupport.startWorker(artifacts, "lifecycle");
    }

    @AfterEach
    void stop() {
        worker.close();
    }

    @Test
    void aSearchJobLeavesItsGenotypeOnTheRowAndATrainingJobTurnsItIntoAModel() throws Exception {
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        UUID search = WorkerTestSupport.insertSearchJob(dataset,
                WorkerTestSupport.tinySearch(dataset, 3, 5, ", \"checkpointEvery\": 2"));
        await(Duration.ofSeconds(90), "the search to finish", () -> !status(search).matches("QUEUED|RUNNING"));

        Map<String, Object> row = job(search);
        assertEquals("SUCCEEDED", row.get("status"), "error: " + row.get("error"));
        assertEquals(1, row.get("attempts"));
        assertEquals(1.0, (Double) row.get("progress"), 1e-9);
        Genotype genotype = GenotypeJson.parse((String) row.get("genotype"), "the row");
        assertEquals(search.toString(), genotype.provenance().searchJob());
        Path out = artifacts.resolve("jobs").resolve(search.toString());
        assertEquals(GenotypeJson.write(genotype), Files.readString(out.resolve("search/genotype.json")));
        assertTrue(Files.exists(out.resolve("search/alpha-history.json")));
        assertTrue(Files.exists(out.resolve("search/alpha-history.csv")));
        assertTrue(Files.exists(out.resolve("checkpoint/checksums.json")));
        assertEquals("jobs/" + search + "/checkpoint", row.get("checkpoint_path"));
        assertEquals(List.of("QUEUED", "CLAIMED", "CHECKPOINTED", "CHECKPOINTED", "SUCCEEDED"), events(search));
        List<String> alphas = DB.sql("select alphas from metric_points where job_id = :id order by step").param("id", search)
                .query(String.class).list();
        assertTrue(!alphas.isEmpty() && alphas.get(alphas.size() - 1).contains("alpha.decoder"), alphas.toString());

        UUID training = WorkerTestSupport.insertTrainingJob(dataset, tinyTraining(dataset), (String) row.get("genotype"), search);
        UUID baseline = WorkerTestSupport.insertTrainingJob(dataset, tinyTraining(dataset), null, null);
        UUID matched = WorkerTestSupport.insertTrainingJob(dataset, tinyTraining(dataset).replace("\"ffn\": 16,",
                "\"matchParams\": " + MATCHED + ","), null, null);
        await(Duration.ofSeconds(180), "the three trainings to finish",
                () -> List.of(training, baseline, matched).stream().noneMatch(t -> status(t).matches("QUEUED|RUNNING")));

        for (UUID t : List.of(training, baseline, matched)) {
            Map<String, Object> trained = job(t);
            assertEquals("SUCCEEDED", trained.get("status"), "error: " + trained.get("error"));
            Map<String, Object> model = DB.sql("select * from models where training_job_id = :id").param("id", t).query().singleRow();
            assertEquals("en-de-" + t.toString().substring(0, 8), model.get("name"));
            assertEquals(t == training ? "SEARCHED" : "BASELINE", model.get("architecture"));
            ModelArtifact.Loaded loaded = ModelArtifact.load(artifacts.resolve((String) model.get("path")));
            assertEquals(((Number) model.get("parameters")).longValue(), ((Number) loaded.metrics().get("parameters")).longValue());
            assertNotNull(model.get("bleu"));
            assertTrue(((String) model.get("provenance")).contains(t.toString()));
            if (t == training) {
                assertEquals(GenotypeJson.write(genotype), GenotypeJson.write(loaded.manifest().architecture().genotype()));
            } else {
                assertNull(model.get("genotype"));
            }
            if (t == matched) {
                long parameters = ((Number) loaded.metrics().get("parameters")).longValue();
                long target = ((Number) loaded.metrics().get("matchedParameters")).longValue();
                assertTrue(Math.abs(parameters - target) <= 0.02 * target, parameters + " against " + target);
                var provenance = new ObjectMapper().readTree((String) model.get("provenance"));
                assertEquals(target, provenance.path("sizeMatch").path("matchedParameters").asLong(), provenance.toString());
                var latest = new ObjectMapper().readTree((String) trained.get("latest_metrics"));
                assertEquals(target, latest.path("matchedParameters").asLong(), latest.toString());
            }
        }

        String port = worker.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        String prometheus = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(prometheus.contains("revnas_worker_jobs_finished_total{kind=\"TRAINING\",outcome=\"succeeded\"} 3.0"), prometheus);
        assertTrue(prometheus.contains("revnas_worker_step_seconds_count{kind=\"SEARCH\"} 2"), prometheus);
    }

    /** A genotype at the tiny trainings' width whose network outgrows the baseline without FFN, so that it can be matched. */
    private static final String MATCHED = """
            {"kind": "revnas-genotype", "version": 1, "hidden": 8, "splits": 2,
             "encoder": {"layers": 1, "cells": [{"nodes": [[{"from": 0, "op": "ffn"}], [{"from": 0, "op": "ffn"}, {"from": 1, "op": "ffn"}]]}]},
             "decoder": {"layers": 1, "cells": [{"nodes": [[{"from": 0, "op": "ffn"}], [{"from": 0, "op": "cross_attn_2"}, {"from": 1, "op": "ffn"}]]}]}}""";

    static String tinyTraining(UUID dataset) {
        return """
                {"dataset": "%s", "hidden": 8, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 16,
                 "vocabSize": 300, "batchTokens": 64, "budget": {"steps": 2}, "validBleuSentences": 0, "testSentences": 4,
                 "beam": 1, "seed": 3}""".formatted(dataset);
    }
}
