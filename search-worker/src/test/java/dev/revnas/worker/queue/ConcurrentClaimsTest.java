package dev.revnas.worker.queue;

import static dev.revnas.worker.WorkerTestSupport.DB;
import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.genotype.GenotypeJson;
import dev.revnas.worker.WorkerTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
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

class ConcurrentClaimsTest {
    private static final int JOBS = 50;

    @Test
    void fourWorkerThreadsRunEachOfFiftyQueuedJobsExactlyOnce(@TempDir Path artifacts) throws Exception {
        WorkerTestSupport.resetDatabase();
        UUID dataset = WorkerTestSupport.insertDataset(SAMPLE_CORPUS);
        List<UUID> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            jobs.add(WorkerTestSupport.insertSearchJob(dataset, WorkerTestSupport.tinySearch(dataset, 1, i, "")));
        }

        long started = System.nanoTime();
        try (ConfigurableApplicationContext worker = WorkerTestSupport.startWorker(artifacts, "crowd",
                "--revnas.worker.threads=4", "--revnas.worker.lease-duration=30s", "--revnas.worker.heartbeat-interval=2s")) {
            await(Duration.ofMinutes(4), "all " + JOBS + " jobs to finish", () -> DB.sql(
                    "select count(*) from jobs where status in ('QUEUED', 'RUNNING')").query(Long.class).single() == 0);
            MeterRegistry meters = worker.getBean(MeterRegistry.class);
            assertEquals(JOBS, meters.get("revnas.worker.jobs.started").counter().count(), "attempts started in this process");
        }
        System.out.printf("%d jobs on 4 threads in %.1f s%n", JOBS, (System.nanoTime() - started) / 1e9);

        for (UUID id : jobs) {
            Map<String, Object> row = WorkerTestSupport.job(id);
            assertEquals("SUCCEEDED", row.get("status"), id + ": " + row.get("error"));
            assertEquals(1, row.get("attempts"), id + " attempts");
            assertEquals(List.of("QUEUED", "CLAIMED", "CHECKPOINTED", "SUCCEEDED"), WorkerTestSupport.events(id), id + " events");
            GenotypeJson.parse((String) row.get("genotype"), id.toString());
            assertTrue(Files.exists(artifacts.resolve("jobs/" + id + "/search/genotype.json")));
        }
        List<String> owners = DB.sql("select distinct worker from job_events where type = 'CLAIMED' order by worker")
                .query(String.class).list();
        assertEquals(List.of("crowd/0", "crowd/1", "crowd/2", "crowd/3"), owners, "every slot claimed jobs");
        assertEquals(0L, DB.sql("select count(*) from job_events where type in ('LEASE_EXPIRED', 'RETRY', 'LEASE_LOST')")
                .query(Long.class).single());
        // A job was run at most once at any moment: no two CLAIMED events for one job at all.
        assertEquals(JOBS, DB.sql("select count(distinct job_id) from job_events where type = 'CLAIMED'").query(Long.class).single());
        assertEquals(JOBS, DB.sql("select count(*) from job_events where type = 'CLAIMED'").query(Long.class).single());
    }
}
