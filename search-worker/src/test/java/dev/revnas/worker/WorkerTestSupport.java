package dev.revnas.worker;

import static org.junit.jupiter.api.Assertions.fail;

import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import dev.revnas.corpus.CorpusSampler;
import dev.revnas.db.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real PostgreSQL test database (revnas_worker_test on the {@link TestDatabase} server), jobs inserted as
 * api-service inserts them (configs validated by the shared formats first), and workers started on it.
 */
public final class WorkerTestSupport {
    public static final String DB_URL = TestDatabase.url("revnas_worker_test");
    /**
     * data/samples/en-de drawn down to 300/16/8 pairs by formats' CorpusSampler (what `revnas corpus
     * sample` runs): validation passes over the full sample would dominate these few-step jobs.
     */
    public static final Path SAMPLE_CORPUS = smallCorpus();
    private static final DriverManagerDataSource DATA_SOURCE = dataSource();
    public static final JdbcClient DB = JdbcClient.create(DATA_SOURCE);
    private static final TransactionTemplate TX = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));

    private WorkerTestSupport() {}

    private static DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(DB_URL, TestDatabase.user(), TestDatabase.password());
    }

    private static Path smallCorpus() {
        Path out = Path.of("target/test-corpus/en-de-300").toAbsolutePath();
        try {
            if (!Files.exists(out.resolve("manifest.json"))) {
                org.springframework.util.FileSystemUtils.deleteRecursively(out);
                CorpusSampler.sample(Path.of("../data/samples/en-de").toAbsolutePath().normalize(), out,
                        new CorpusSampler.Sizes(300, 16, 8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A tiny but real search: 1+1 layers, hidden 8, a 64-piece vocabulary, 64-token batches. */
    public static String tinySearch(UUID dataset, int steps, long seed, String extra) {
        return """
                {"dataset": "%s",
                 "searchSpace": {"ops": ["zero", "identity", "ffn", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 1},
                 "encoderLayers": 1, "decoderLayers": 1, "hidden": 8, "budget": {"steps": %d}, "seed": %d,
                 "vocabSize": 300, "batchTokens": 64%s}""".formatted(dataset, steps, seed, extra);
    }

    /** A fresh schema: every table of V1 emptied (migrations applied first). */
    public static void resetDatabase() {
        Flyway.configure().dataSource(DATA_SOURCE).locations("classpath:db/migration").load().migrate();
        for (String table : List.of("metric_points", "job_events", "models", "idempotency_keys", "jobs", "datasets")) {
            DB.sql("delete from " + table).update();
        }
    }

    public static UUID insertDataset(Path corpus) {
        UUID id = UUID.randomUUID();
        DB.sql("""
                insert into datasets (id, name, pair, origin, path, fingerprint, train_pairs, valid_pairs, test_pairs, created_at)
                values (:id, 'sample en-de', 'en-de', 'REGISTERED', :path, 'test', 300, 16, 8, :now)""")
                .param("id", id).param("path", corpus.toString()).param("now", now())
                .update();
        return id;
    }

    public static UUID insertSearchJob(UUID dataset, String config) {
        SearchConfig parsed = SearchConfig.parse(config, "test");
        return insertJob("SEARCH", dataset, config, null, null, parsed.seed(), 3);
    }

    public static UUID insertTrainingJob(UUID dataset, String config, String genotype, UUID sourceJob) {
        TrainConfig parsed = TrainConfig.parse(config, "test");
        return insertJob("TRAINING", dataset, config, genotype, sourceJob, parsed.seed(), 3);
    }

    /** What api-service does on a submission: a QUEUED row and its QUEUED event. */
    public static UUID insertJob(String kind, UUID dataset, String config, String genotype, UUID sourceJob, long seed,
            int maxAttempts) {
        return insertJob(UUID.randomUUID(), kind, dataset, config, genotype, sourceJob, seed, maxAttempts);
    }

    public static UUID insertJob(UUID id, String kind, UUID dataset, String config, String genotype, UUID sourceJob, long seed,
            int maxAttempts) {
        OffsetDateTime now = now();
        // One transaction, as api-service submits: a worker never sees the row without its QUEUED event.
        TX.executeWithoutResult(status -> {
            DB.sql("""
                    insert into jobs (id, kind, status, dataset_id, config, source_job_id, genotype, seed, max_attempts, created_at, updated_at)
                    values (:id, :kind, 'QUEUED', :dataset, :config, :source, :genotype, :seed, :max, :now, :now)""")
                    .param("id", id).param("kind", kind).param("dataset", dataset).param("config", config)
                    .param("source", sourceJob).param("genotype", genotype).param("seed", seed).param("max", maxAttempts)
                    .param("now", now)
                    .update();
            DB.sql("insert into job_events (job_id, at, type, attempt, worker, message) values (:id, :now, 'QUEUED', 0, null, 'test')")
                    .param("id", id).param("now", now).update();
        });
        return id;
    }

    /** A search a worker was running when it vanished: RUNNING, its lease expired a minute ago. */
    public static UUID insertAbandonedJob(UUID dataset, String config, int attempts, int maxAttempts, String owner) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        TX.executeWithoutResult(status -> {
            DB.sql("""
                    insert into jobs (id, kind, status, dataset_id, config, seed, attempts, max_attempts, lease_owner, lease_expires_at,
                        created_at, started_at, updated_at)
                    values (:id, 'SEARCH', 'RUNNING', :dataset, :config, 1, :attempts, :max, :owner, :expired, :now, :now, :now)""")
                    .param("id", id).param("dataset", dataset).param("config", config).param("attempts", attempts)
                    .param("max", maxAttempts).param("owner", owner).param("expired", now.minusMinutes(1)).param("now", now)
                    .update();
            DB.sql("insert into job_events (job_id, at, type, attempt, worker, message) values (:id, :now, 'QUEUED', 0, null, 'test')")
                    .param("id", id).param("now", now).update();
        });
        return id;
    }

    public static Map<String, Object> job(UUID id) {
        return DB.sql("select * from jobs where id = :id").param("id", id).query().singleRow();
    }

    public static String status(UUID id) {
        return DB.sql("select status from jobs where id = :id").param("id", id).query(String.class).single();
    }

    public static List<String> events(UUID id) {
        return DB.sql("select type from job_events where job_id = :id order by id").param("id", id).query(String.class).list();
    }

    public static List<Map<String, Object>> eventRows(UUID id) {
        return DB.sql("select * from job_events where job_id = :id order by id").param("id", id).query().listOfRows();
    }

    /** An in-process worker on the test database; close it to shut it down as SIGTERM would. */
    public static ConfigurableApplicationContext startWorker(Path artifacts, String id, String... extra) {
        return new SpringApplicationBuilder(WorkerApplication.class).run(workerArgs(artifacts, id, extra).toArray(String[]::new));
    }

    /** Settings for test workers (fast polling, a short lease, the actuator on a free port), {@code extra} overriding them. */
    public static List<String> workerArgs(Path artifacts, String id, String... extra) {
        Map<String, String> args = new java.util.LinkedHashMap<>();
        for (String arg : concat(defaults(artifacts, id), List.of(extra))) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        return new ArrayList<>(args.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> defaults(Path artifacts, String id) {
        return List.of("--spring.datasource.url=" + DB_URL, "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(), "--revnas.artifacts.dir=" + artifacts, "--revnas.worker.id=" + id,
                "--revnas.worker.poll-interval=100ms", "--revnas.worker.lease-duration=3s",
                "--revnas.worker.heartbeat-interval=500ms", "--revnas.worker.progress-interval=200ms",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.dev.revnas=INFO");
    }

    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
