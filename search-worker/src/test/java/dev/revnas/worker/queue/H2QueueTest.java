package dev.revnas.worker.queue;

import static dev.revnas.worker.WorkerTestSupport.SAMPLE_CORPUS;
import static dev.revnas.worker.WorkerTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.worker.WorkerTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** `bin/revnas up` runs on H2 in PostgreSQL mode: the claim, the guarded writes and the events must work there too. */
class H2QueueTest {

    @Test
    void aSearchJobRunsOnH2InPostgreSqlMode(@TempDir Path artifacts) {
        try (ConfigurableApplicationContext worker = WorkerTestSupport.startWorker(artifacts, "h2",
                "--spring.datasource.url=jdbc:h2:mem:revnas-worker;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa")) {
            JdbcClient db = JdbcClient.create(worker.getBean(DataSource.class));
            UUID dataset = UUID.randomUUID();
            db.sql("""
                    insert into datasets (id, name, pair, origin, path, fingerprint, train_pairs, valid_pairs, test_pairs, created_at)
                    values (:id, 'sample', 'en-de', 'REGISTERED', :path, 'test', 300, 16, 8, :now)""")
                    .param("id", dataset).param("path", SAMPLE_CORPUS.toString()).param("now", WorkerTestSupport.now()).update();
            UUID job = UUID.randomUUID();
            db.sql("""
                    insert into jobs (id, kind, status, dataset_id, config, seed, max_attempts, created_at, updated_at)
                    values (:id, 'SEARCH', 'QUEUED', :dataset, :config, 1, 3, :now, :now)""")
                    .param("id", job).param("dataset", dataset).param("config", WorkerTestSupport.tinySearch(dataset, 2, 1, ""))
                    .param("now", WorkerTestSupport.now()).update();

            await(Duration.ofSeconds(90), "the search on H2", () -> !db.sql("select status from jobs where id = :id")
                    .param("id", job).query(String.class).single().matches("QUEUED|RUNNING"));
            assertEquals("SUCCEEDED", db.sql("select status from jobs where id = :id").param("id", job).query(String.class).single(),
                    () -> db.sql("select error from jobs where id = :id").param("id", job).query(String.class).single());
            List<String> events = db.sql("select type from job_events where job_id = :id order by id").param("id", job)
                    .query(String.class).list();
            assertEquals(List.of("CLAIMED", "CHECKPOINTED", "SUCCEEDED"), events);
        }
    }
}
