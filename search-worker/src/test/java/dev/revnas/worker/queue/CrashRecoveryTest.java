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

import dev.revnas.search.Genotype;
import dev.revnas.search.GenotypeJson;
import dev.revnas.worker.WorkerApplication;
import dev.revnas.worker.WorkerTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        Path log = dir.resolve("doomed.log");
        Process doomed = startWorkerProcess(artifacts, "doomed", log);
        try {
            await(Duration.ofMinutes(3), "the first checkpoint of the doomed worker (log: " + log + ")",
                    () -> events(crashed).contains("CHECKPOINTED") || !doomed.isAlive());
            assertTrue(doomed.isAlive(), "the worker process died by itself: " + tail(log));
        } finally {
            doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no last checkpoint, no requeue
            doomed.waitFor();
        }
        Map<String, Object> killed = job(crashed);
        assertEquals("RUNNING", killed.get("status"), "killed in the middle of the search");
        assertEquals("doomed/0", killed.get("lease_owner"));
        assertTrue((Double) killed.get("progress") < 1.0, "progress " + killed.get("progress"));
        assertNotNull(killed.get("checkpoint_path"));

        UUID uninterrupted = WorkerTestSupport.insertSearchJob(dataset, config);
        try (ConfigurableApplicationContext rescuer = WorkerTestSupport.startWorker(artifacts, "rescuer",
                // Its own claims hold longer: two slots on a busy machine must not take each other's jobs.
                "--revnas.worker.threads=2", "--revnas.worker.lease-duration=20s", "--revnas.worker.heartbeat-interval=1s")) {
            await(Duration.ofMinutes(3), "both searches to finish",
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
        assertTrue(resumedAt >= 2 && resumedAt < 24, "resumed at step " + resumedAt);
        assertFalse(events(uninterrupted).contains("RESUMED"), "the comparison run went from start to end in one attempt");
        assertEquals("SUCCEEDED", status(uninterrupted), "error: " + job(uninterrupted).get("error"));

        Genotype afterCrash = GenotypeJson.parse((String) finished.get("genotype"), "crashed");
        Genotype straight = GenotypeJson.parse((String) job(uninterrupted).get("genotype"), "uninterrupted");
        assertEquals(GenotypeJson.write(strip(straight)), GenotypeJson.write(strip(afterCrash)));
        Map<String, double[]> expected = straight.provenance().alphas();
        Map<String, double[]> actual = afterCrash.provenance().alphas();
        assertEquals(expected.keySet(), actual.keySet());
        for (String edge : expected.keySet()) {
            for (int o = 0; o < expected.get(edge).length; o++) {
                assertEquals(expected.get(edge)[o], actual.get(edge)[o], 1e-6, edge + " op " + o);
            }
        }
    }

    /** The genotype without its provenance (job id, timestamp). */
    private static Genotype strip(Genotype g) {
        return Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), null);
    }

    /** A worker in its own JVM, on this test's class path, as `java -jar search-worker.jar` would run. */
    static Process startWorkerProcess(Path artifacts, String id, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), WorkerApplication.class.getName()));
        command.addAll(WorkerTestSupport.workerArgs(artifacts, id));
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
