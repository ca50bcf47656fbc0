package dev.revnas.worker.queue;

import static dev.revnas.worker.WorkerTestSupport.DB;
import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static dev.revnas.worker.WorkerTestSupport.events;
import static dev.revnas.worker.WorkerTestSupport.job;
import static dev.revnas.worker.WorkerTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.search.GenotypeDifference;
import dev.revnas.train.WeightDifference;
import dev.revnas.worker.WorkerTestSupport;
import dev.revnas.worker.run.HoldingJobRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class CrashRecoveryTest {

    @Test
    void aSearchWhoseWorkerIsKilledIsFinishedByTheNextWorkerFromItsCheckpointWithTheSameGenotype(@TempDir Path dir)
            throws Exception {
        WorkerTestSupport.resetDatabase();
        Path artifacts = dir.resolve("artifacts");
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        String config = WorkerTestSupport.tinySearch(dataset, 24, 11, ", \"checkpointEvery\": 2");
        UUID crashed = WorkerTestSupport.insertSearchJob(dataset, config);
        killMidway(dir, artifacts, crashed);
        UUID uninterrupted = WorkerTestSupport.insertSearchJob(dataset, config);
        rescue(artifacts, crashed, uninterrupted, 24);

        Genotype afterCrash = GenotypeJson.parse((String) job(crashed).get("genotype"), "crashed");
        Genotype straight = GenotypeJson.parse((String) job(uninterrupted).get("genotype"), "uninterrupted");
        assertEquals(Optional.empty(), GenotypeDifference.of(straight, afterCrash, 1e-6));
        assertNotNull(afterCrash.provenance().alphas(), "the final α are compared too");
    }

    @Test
    void aTrainingWhoseWorkerIsKilledIsFinishedByTheNextWorkerFromItsCheckpointWithTheSameWeights(@TempDir Path dir)
            throws Exception {
        WorkerTestSupport.resetDatabase();
        Path artifacts = dir.resolve("artifacts");
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        String config = """
                {"dataset": "%s", "hidden": 8, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 16,
                 "vocabSize": 300, "batchTokens": 64, "budget": {"steps": 300}, "checkpointEvery": 20, "averageLast": 1,
                 "validBleuSentences": 0, "testSentences": 4, "beam": 1, "seed": 5}""".formatted(dataset);
        UUID crashed = WorkerTestSupport.insertTrainingJob(dataset, config, null, null);
        killMidway(dir, artifacts, crashed);
        UUID uninterrupted = WorkerTestSupport.insertTrainingJob(dataset, config, null, null);
        rescue(artifacts, crashed, uninterrupted, 300);

        ModelArtifact.Loaded afterCrash = model(artifacts, crashed);
        ModelArtifact.Loaded straight = model(artifacts, uninterrupted);
        assertEquals(Optional.empty(), WeightDifference.of(straight.model(), afterCrash.model(), 1e-6));
        assertEquals(straight.metrics().get("bleu"), afterCrash.metrics().get("bleu"));
    }

    /** Starts a worker process on the queued job and SIGKILLs it after its first checkpoint, before the job ends. */
    private static void killMidway(Path dir, Path artifacts, UUID job) throws Exception {
        Path log = dir.resolve("doomed.log");
        Process doomed = startWorkerProcess(artifacts, "doomed", log);
        try {
            await(Duration.ofMinutes(3), "the first checkpoint of the doomed worker (log: " + log + ")",
                    () -> events(job).contains("CHECKPOINTED") || !doomed.isAlive());
            assertTrue(doomed.isAlive(), "the worker process died by itself: " + tail(log));
        } finally {
            doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no last checkpoint, no requeue
            doomed.waitFor();
        }
        Map<String, Object> killed = job(job);
        assertEquals("RUNNING", killed.get("status"), "killed in the middle of the job");
        assertEquals("doomed/0", killed.get("lease_owner"));
        assertTrue((Double) killed.get("progress") < 1.0, "progress " + killed.get("progress"));
        assertNotNull(killed.get("checkpoint_path"));
    }

    /**
     * Runs a second worker until the crashed job and an uninterrupted twin have finished; the crashed one
     * must have been resumed from a checkpoint part-way (after step 2, before {@code steps}).
     */
    private static void rescue(Path artifacts, UUID crashed, UUID uninterrupted, int steps) {
        try (ConfigurableApplicationContext rescuer = WorkerTestSupport.startWorker(artifacts, "rescuer",
                // Its own claims hold longer: two slots on a busy machine must not take each other's jobs.
                "--revnas.worker.threads=2", "--revnas.worker.lease-duration=20s", "--revnas.worker.heartbeat-interval=1s")) {
            await(Duration.ofMinutes(3), "both jobs to finish",
                    () -> !status(crashed).matches("QUEUED|RUNNING") && !status(uninterrupted).matches("QUEUED|RUNNING"));
        }
        Map<String, Object> finished = job(crashed);
        assertEquals("SUCCEEDED", finished.get("status"), "error: " + finished.get("error"));
        assertEquals(2, finished.get("attempts"));
        List<Map<String, Object>> rows = WorkerTestSupport.eventRows(crashed);
        Map<String, Object> expired = rows.stream().filter(e -> e.get("type").equals("LEASE_EXPIRED")).findFirst().orElseThrow();
        assertEquals("doomed/0", expired.get("worker"));
        Map<String, Object> resumed = rows.stream().filter(e -> e.get("type").equals("RESUMED")).findFirst().orElseThrow();
        assertTrue(((String) resumed.get("worker")).startsWith("rescuer/"));
        long resumedAt = Long.parseLong(((String) resumed.get("message")).replaceAll(".* step ", ""));
        assertTrue(resumedAt >= 2 && resumedAt < steps, "resumed at step " + resumedAt);
        assertFalse(events(uninterrupted).contains("RESUMED"), "the comparison run went from start to end in one attempt");
        assertEquals("SUCCEEDED", status(uninterrupted), "error: " + job(uninterrupted).get("error"));
    }

    private static ModelArtifact.Loaded model(Path artifacts, UUID trainingJob) {
        String path = DB.sql("select path from models where training_job_id = :id").param("id", trainingJob)
                .query(String.class).single();
        return ModelArtifact.load(artifacts.resolve(path));
    }

    /** A worker in its own JVM, on this test's class path: the worker application, as `java -jar search-worker.jar` runs it, with HoldingJobRunner. */
    static Process startWorkerProcess(Path artifacts, String id, Path log) throws IOException {
        // Its jobs are held one step after their first checkpoint until it is killed: a fast CPU could otherwise
        // finish the job between the test's polls, and there would be nothing left to recover.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HoldingJobRunner.class.getName()));
        command.addAll(WorkerTestSupport.workerArgs(artifacts, id, "--" + HoldingJobRunner.PROPERTY + "=first-checkpoint"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
