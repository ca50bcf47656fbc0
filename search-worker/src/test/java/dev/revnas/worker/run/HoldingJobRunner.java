package dev.revnas.worker.run;

import dev.revnas.store.ArtifactStore;
import dev.revnas.worker.WorkerApplication;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.Heartbeats;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerMetrics;
import dev.revnas.worker.system.WorkerProperties;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worker's JobRunner, but each job is held at a chosen point until the worker shuts down: a test that
 * stops or kills a worker in the middle of a job then finds it there, instead of racing a tiny job that a
 * fast CPU can finish between two polls. {@code --revnas.test.hold=first-step} holds at the stop check after
 * the attempt's first step; {@code first-checkpoint} at the first stop check after the job's CHECKPOINTED event
 * is recorded (one step after that checkpoint). A held job keeps its heartbeat, as a slow step would.
 */
public class HoldingJobRunner extends JobRunner {
    public static final String PROPERTY = "revnas.test.hold";

    /** Replaces the worker's JobRunner bean by this one. */
    public static final ApplicationContextInitializer<ConfigurableApplicationContext> INSTALL = context ->
            context.addBeanFactoryPostProcessor(factory -> ((BeanDefinitionRegistry) factory).getBeanDefinition("jobRunner")
                    .setBeanClassName(HoldingJobRunner.class.getName()));

    private final JdbcClient jdbc;
    private final String hold;

    HoldingJobRunner(WorkerQueue queue, Heartbeats heartbeats, WorkerMetrics metrics, WorkerProperties properties, ArtifactStore store,
            SearchRunner search, TrainingRunner training, JdbcClient jdbc, Environment environment) {
        super(queue, heartbeats, metrics, properties, store, search, training);
        this.jdbc = jdbc;
        this.hold = environment.getRequiredProperty(PROPERTY);
        if (!hold.equals("first-step") && !hold.equals("first-checkpoint")) {
            throw new IllegalArgumentException(PROPERTY + " is '" + hold + "'; allowed: first-step, first-checkpoint");
        }
    }

    /** A worker in this process holding its jobs as {@code hold} says (see the class comment). */
    public static ConfigurableApplicationContext start(java.nio.file.Path artifacts, String id, String hold, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(extra));
        args.add("--" + PROPERTY + "=" + hold);
        return new SpringApplicationBuilder(WorkerApplication.class).initializers(INSTALL)
                .run(dev.revnas.worker.WorkerTestSupport.workerArgs(artifacts, id, args.toArray(String[]::new)).toArray(String[]::new));
    }

    /** A worker process holding its jobs: {@code --revnas.test.hold} among the arguments. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(WorkerApplication.class).initializers(INSTALL).run(args);
    }

    @Override
    public void run(ClaimedJob job, BooleanSupplier shuttingDown) {
        boolean[] held = {false};
        super.run(job, () -> {
            if (!held[0] && due(job)) {
                held[0] = true;
                while (!shuttingDown.getAsBoolean()) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return shuttingDown.getAsBoolean();
        });
    }

    /** Called at each stop check, that is after each step. */
    private boolean due(ClaimedJob job) {
        return hold.equals("first-step") || jdbc.sql("select count(*) from job_events where job_id = :id and type = 'CHECKPOINTED'")
                .param("id", job.id()).query(Long.class).single() > 0;
    }
}
