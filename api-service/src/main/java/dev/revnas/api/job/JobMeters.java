package dev.revnas.api.job;

import dev.revnas.db.JobKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue as metrics: revnas_jobs{kind,state}, revnas_queue_depth and revnas_job_duration_seconds
 * (jobs that finished since this instance started). Refreshed from the database on a schedule,
 * so that a scrape never waits on a query.
 */
@Component
public class JobMeters {
    private final JobRepository jobs;
    private final MeterRegistry registry;
    private final Map<JobKind, Map<JobStatus, AtomicLong>> counts = new EnumMap<>(JobKind.class);
    private final AtomicLong queueDepth = new AtomicLong();
    private Instant finishedWatermark = Instant.now();

    JobMeters(JobRepository jobs, MeterRegistry registry) {
        this.jobs = jobs;
        this.registry = registry;
        for (JobKind kind : JobKind.values()) {
            Map<JobStatus, AtomicLong> byState = new EnumMap<>(JobStatus.class);
            for (JobStatus state : JobStatus.values()) {
                AtomicLong value = new AtomicLong();
                byState.put(state, value);
                Gauge.builder("revnas.jobs", value, AtomicLong::get).description("Jobs by kind and state")
                        .tag("kind", kind.name()).tag("state", state.name()).register(registry);
            }
            counts.put(kind, byState);
        }
        Gauge.builder("revnas.queue.depth", queueDepth, AtomicLong::get).description("QUEUED jobs of every kind")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${revnas.metrics.refresh-interval:10s}")
    @Transactional(readOnly = true)
    public synchronized void refresh() {
        counts.values().forEach(byState -> byState.values().forEach(v -> v.set(0)));
        long queued = 0;
        for (JobRepository.StateCount c : jobs.countByKindAndStatus()) {
            counts.get(c.getKind()).get(c.getStatus()).set(c.getCount());
            queued += c.getStatus() == JobStatus.QUEUED ? c.getCount() : 0;
        }
        queueDepth.set(queued);
        for (Job j : jobs.finishedSince(finishedWatermark)) {
            Timer.builder("revnas.job.duration").description("Run time of finished jobs, from start to finish")
                    .tag("kind", j.kind().name()).tag("state", j.status().name()).register(registry)
                    .record(Duration.between(j.startedAt(), j.finishedAt()));
            finishedWatermark = j.finishedAt();
        }
    }
}
