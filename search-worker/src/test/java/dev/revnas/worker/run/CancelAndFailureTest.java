package dev.revnas.worker.run;

import static dev.revnas.worker.WorkerTestSupport.DB;
import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static dev.revnas.worker.WorkerTestSupport.events;
import static dev.revnas.worker.WorkerTestSupport.job;
import static dev.revnas.worker.WorkerTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class CancelAndFailureTest {
    /** One worker for the class: each test waits for its own job to settle before the next one queues. */
    @TempDir
    static Path artifacts;
    private static UUID dataset;
    private static ConfigurableApplicationContext worker;

    @BeforeAll
    static void start() {
        WorkerTestSupport.resetDatabase();
        dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        // Every step's progress is written, so the test knows the step the worker had reached.
        worker = WorkerTestSupport.startWorker(artifacts, "w", "--revnas.worker.progress-interval=0s");
    }

    @AfterAll
    static void stop() {
        worker.close();
    }

    private static boolean settled(UUID job) {
        return !status(job).matches("QUEUED|RUNNING");
    }

    @Test
    void aCancelIsHonouredWithinOneStep() {
        UUID job = WorkerTestSupport.insertSearchJob(dataset, WorkerTestSupport.tinySearch(dataset, 100_000, 1, ""));
        await(Duration.ofSeconds(90), "the search's second step", () -> lastStep(job) >= 2);

        DB.sql("update jobs set cancel_requested = true where id = :id").param("id", job).update();
        long reached = lastStep(job);
        await(Duration.ofSeconds(60), "the cancel", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("CANCELLED", row.get("status"));
        assertTrue(row.get("finished_at") != null && row.get("lease_owner") == null);
        String message = DB.sql("select message from job_events where job_id = :id and type = 'CANCELLED'").param("id", job)
                .query(String.class).single();
        long stoppedAt = Long.parseLong(message.replace("cancelled at step ", ""));
        assertTrue(stoppedAt <= reached + 1, "stopped at step " + stoppedAt + "; step " + reached + " was done when cancelled");
        assertEquals(stoppedAt, lastStep(job), "no step after the one that saw the cancel");
    }

    @Test
    void aDivergingLossFailsTheJobWithItsMessageAndIsNotRetried() {
        // After one Adam step at lr 1e30 the weights are about ±1e30, and the next product (1e30 · 1e30) overflows
        // float32 on every CPU; lr 1e6 only made the loss huge, and whether it turned non-finite depended on the kernels.
        UUID job = WorkerTestSupport.insertSearchJob(dataset, WorkerTestSupport.tinySearch(dataset, 30, 2,
                ", \"lr\": 1e30, \"warmupSteps\": 1, \"clipNorm\": 0, \"checkpointEvery\": 1"));
        await(Duration.ofSeconds(90), "the failure", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("FAILED", row.get("status"));
        assertTrue(((String) row.get("error")).startsWith("loss is not finite at search step "), (String) row.get("error"));
        assertEquals(1, row.get("attempts"));
        assertEquals("FAILED", events(job).get(events(job).size() - 1));
    }

    @Test
    void badDataFailsTheJobNamingWhatIsWrong() throws Exception {
        Path empty = Files.createDirectories(artifacts.resolve("datasets/empty"));
        UUID broken = WorkerTestSupport.insertDataset(empty);
        UUID job = WorkerTestSupport.insertSearchJob(broken, WorkerTestSupport.tinySearch(broken, 2, 1, ""));
        await(Duration.ofSeconds(60), "the failure", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("FAILED", row.get("status"));
        assertTrue(((String) row.get("error")).contains("manifest.json"), (String) row.get("error"));
        assertEquals(1, row.get("attempts"));
    }

    @Test
    void aSupernetTooLargeForTheMemoryFailsTheJobAsOutOfMemoryAndIsNotRetried() {
        // One ffn op of width 8,192 holds 2 × 8,192 × 32,768 floats (2 GiB): past the test JVM's off-heap cap (-Xmx2g).
        String huge = WorkerTestSupport.tinySearch(dataset, 2, 1, "").replace("\"hidden\": 8", "\"hidden\": 16384")
                .replace("[\"zero\", \"identity\", \"ffn\", \"self_attn_2\", \"cross_attn_2\"]", "[\"ffn\", \"cross_attn_2\"]");
        UUID job = WorkerTestSupport.insertSearchJob(dataset, huge);
        await(Duration.ofSeconds(120), "the failure", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("FAILED", row.get("status"));
        assertTrue(((String) row.get("error")).startsWith("out of memory"), (String) row.get("error"));
        assertEquals(1, row.get("attempts"));
        assertEquals(List.of("QUEUED", "CLAIMED", "FAILED"), events(job));
    }

    @Test
    void anUnexpectedErrorIsRetriedUntilTheJobHadItsMaxAttempts() throws Exception {
        UUID job = UUID.randomUUID();
        // The job's directory in the artifact store cannot be made: an I/O error, not the job's fault.
        Files.createDirectories(artifacts.resolve("jobs"));
        Files.writeString(artifacts.resolve("jobs/" + job), "in the way");
        WorkerTestSupport.insertJob(job, "SEARCH", dataset, WorkerTestSupport.tinySearch(dataset, 2, 1, ""), null, null, 1, 2);
        await(Duration.ofSeconds(60), "the failure", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("FAILED", row.get("status"));
        assertEquals(2, row.get("attempts"));
        assertTrue(((String) row.get("error")).startsWith("attempt 2 of 2 failed: "), (String) row.get("error"));
        assertEquals(List.of("QUEUED", "CLAIMED", "RETRY", "CLAIMED", "FAILED"), events(job));
    }

    @Test
    void aJobWhoseLeaseExpiredOnItsLastAttemptIsFailedNotRunAgain() {
        UUID job = WorkerTestSupport.insertAbandonedJob(dataset, WorkerTestSupport.tinySearch(dataset, 2, 1, ""), 3, 3, "ghost/0");
        await(Duration.ofSeconds(30), "the job to be given up", () -> settled(job));

        Map<String, Object> row = job(job);
        assertEquals("FAILED", row.get("status"));
        assertEquals(3, row.get("attempts"));
        assertTrue(((String) row.get("error")).startsWith("attempted 3 times (max_attempts 3)"), (String) row.get("error"));
        assertEquals(List.of("QUEUED", "LEASE_EXPIRED", "FAILED"), events(job));
    }

    private static long lastStep(UUID job) {
        return DB.sql("select coalesce(max(step), 0) from metric_points where job_id = :id").param("id", job)
                .query(Long.class).single();
    }
}
