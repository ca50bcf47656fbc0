package dev.revnas.worker.run;

import static dev.revnas.worker.WorkerTestSupport.DB;
import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static dev.revnas.worker.WorkerTestSupport.events;
import static dev.revnas.worker.WorkerTestSupport.job;
import static dev.revnas.worker.WorkerTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class GracefulShutdownTest {

    @Test
    void onShutdownARunningSearchCheckpointsAndGoesBackToTheQueueWithoutUsingAnAttempt(@TempDir Path artifacts) throws Exception {
        WorkerTestSupport.resetDatabase();
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        // No checkpoint falls due before the shutdown: the one it resumes from is the shutdown's own.
        UUID job = WorkerTestSupport.insertSearchJob(dataset, WorkerTestSupport.tinySearch(dataset, 12, 3, ", \"checkpointEvery\": 1000"));

        // Held after its first step until the shutdown: a fast CPU could otherwise finish the 12 steps before close().
        ConfigurableApplicationContext first = HoldingJobRunner.start(artifacts, "first", "first-step");
        await(Duration.ofSeconds(90), "the search's first step", () -> DB.sql(
                "select count(*) from metric_points where job_id = :id").param("id", job).query(Long.class).single() > 0);
        first.close(); // what SIGTERM does: Spring Boot's shutdown hook closes the context

        Map<String, Object> requeued = job(job);
        assertEquals("QUEUED", requeued.get("status"));
        assertEquals(0, requeued.get("attempts"), "the interrupted attempt is not counted");
        assertNull(requeued.get("lease_owner"));
        assertEquals(List.of("QUEUED", "CLAIMED", "CHECKPOINTED", "REQUEUED"), events(job));
        assertTrue(Files.exists(artifacts.resolve("jobs/" + job + "/checkpoint/checksums.json")));
        String checkpointed = DB.sql("select message from job_events where job_id = :id and type = 'CHECKPOINTED'").param("id", job)
                .query(String.class).single();
        assertTrue((Double) requeued.get("progress") < 1.0, "stopped before its budget was spent");
        assertEquals("step 1", checkpointed, "the shutdown checkpoint is taken after the step the job was at");

        try (ConfigurableApplicationContext second = WorkerTestSupport.startWorker(artifacts, "second")) {
            await(Duration.ofSeconds(90), "the search to finish", () -> !status(job).matches("QUEUED|RUNNING"));
        }
        Map<String, Object> finished = job(job);
        assertEquals("SUCCEEDED", finished.get("status"), "error: " + finished.get("error"));
        assertEquals(1, finished.get("attempts"));
        String resumed = DB.sql("select message from job_events where job_id = :id and type = 'RESUMED'").param("id", job)
                .query(String.class).single();
        assertEquals("from the checkpoint at " + checkpointed, resumed);
    }

    @Test
    void aTrainingJobStoppedByAShutdownResumesFromItsCheckpointAndFinishesItsModel(@TempDir Path artifacts) {
        WorkerTestSupport.resetDatabase();
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        UUID job = WorkerTestSupport.insertTrainingJob(dataset,
                SearchAndTrainingJobsTest.tinyTraining(dataset).replace("\"steps\": 2", "\"steps\": 40"), null, null);

        ConfigurableApplicationContext first = HoldingJobRunner.start(artifacts, "first", "first-step");
        await(Duration.ofSeconds(90), "the training's first step", () -> DB.sql(
                "select count(*) from metric_points where job_id = :id").param("id", job).query(Long.class).single() > 0);
        first.close();
        assertEquals("QUEUED", status(job));
        assertEquals(List.of("QUEUED", "CLAIMED", "CHECKPOINTED", "REQUEUED"), events(job));

        try (ConfigurableApplicationContext second = WorkerTestSupport.startWorker(artifacts, "second")) {
            await(Duration.ofSeconds(90), "the training to finish", () -> !status(job).matches("QUEUED|RUNNING"));
        }
        Map<String, Object> finished = job(job);
        assertEquals("SUCCEEDED", finished.get("status"), "error: " + finished.get("error"));
        assertEquals(1, finished.get("attempts"));
        assertTrue(events(job).contains("RESUMED"), events(job).toString());
        assertEquals(40L, ((Number) DB.sql("select max(step) from metric_points where job_id = :id").param("id", job)
                .query().singleValue()).longValue());
        assertEquals(1L, DB.sql("select count(*) from models where training_job_id = :id").param("id", job).query(Long.class).single());
    }
}
