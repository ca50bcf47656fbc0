package dev.revnas.worker.queue;

import dev.revnas.worker.system.WorkerProperties;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renews the leases of the jobs this process runs, on its own thread, so that a long step never
 * lets a lease lapse; a lease found taken over is marked lost and its run stops after the step.
 */
@Component
public class Heartbeats {
    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final WorkerQueue queue;
    private final WorkerProperties properties;
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();
    private final Set<Lease> lost = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "revnas-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public Heartbeats(WorkerQueue queue, WorkerProperties properties) {
        this.queue = queue;
        this.properties = properties;
        long every = properties.heartbeatInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    public void hold(Lease lease) {
        held.add(lease);
    }

    public void release(Lease lease) {
        held.remove(lease);
        lost.remove(lease);
    }

    public boolean isLost(Lease lease) {
        return lost.contains(lease);
    }

    private void renewAll() {
        for (Lease lease : held) {
            try {
                if (!queue.renew(lease, properties.leaseDuration())) {
                    log.warn("job {}: lease of {} was taken over; stopping after this step", lease.jobId(), lease.owner());
                    lost.add(lease);
                }
            } catch (RuntimeException e) {
                // The database may be back before the lease runs out; the next beat tries again.
                log.warn("job {}: heartbeat failed: {}", lease.jobId(), e.toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
