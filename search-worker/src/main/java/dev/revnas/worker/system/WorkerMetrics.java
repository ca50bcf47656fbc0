package dev.revnas.worker.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The worker's meters (Prometheus: revnas_worker_*). */
@Component
public class WorkerMetrics {
    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();

    public WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("revnas.worker.jobs.active", active);
    }

    /** An attempt began (one per claim). */
    public void started(String kind) {
        active.incrementAndGet();
        Counter.builder("revnas.worker.jobs.started").description("Job attempts started").tag("kind", kind)
                .register(registry).increment();
    }

    /** An attempt ended: succeeded, failed, cancelled, requeued (shutdown), retried or lost (lease taken over). */
    public void finished(String kind, String outcome) {
        active.decrementAndGet();
        Counter.builder("revnas.worker.jobs.finished").description("Job attempts by outcome").tag("kind", kind)
                .tag("outcome", outcome).register(registry).increment();
    }

    /** A job failed for good, by cause: bad-input, diverged, out-of-memory, error. */
    public void failed(String kind, String reason) {
        Counter.builder("revnas.worker.jobs.failed").description("Jobs failed").tag("kind", kind).tag("reason", reason)
                .register(registry).increment();
    }

    public void step(String kind, Duration took) {
        Timer.builder("revnas.worker.step").description("One search or training step, wall clock").tag("kind", kind)
                .register(registry).record(took);
    }
}
