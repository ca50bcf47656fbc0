package dev.revnas.worker.run;

import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code revnas.worker.threads} slots, each claiming and running one job at a time. On shutdown
 * (SIGTERM closes the context) every running job checkpoints after its current step and goes back
 * to the queue without using up an attempt; the slots are waited for up to the shutdown timeout.
 */
@Component
public class WorkerSlots implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(WorkerSlots.class);

    private final WorkerQueue queue;
    private final JobRunner runner;
    private final WorkerProperties properties;
    private final List<Thread> slots = new ArrayList<>();
    private final Object idle = new Object();
    private volatile boolean running;
    private volatile boolean stopping;

    WorkerSlots(WorkerQueue queue, JobRunner runner, WorkerProperties properties) {
        this.queue = queue;
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        for (int slot = 0; slot < properties.threads(); slot++) {
            String owner = properties.id() + "/" + slot;
            // Not interrupted on shutdown: an interrupt would close the NIO channels a checkpoint is written through.
            Thread t = new Thread(() -> work(owner), "revnas-slot-" + slot);
            t.setDaemon(true);
            slots.add(t);
            t.start();
        }
        running = true;
        log.info("worker {}: {} slot(s), lease {}, heartbeat {}", properties.id(), properties.threads(),
                properties.leaseDuration(), properties.heartbeatInterval());
    }

    private void work(String owner) {
        while (!stopping) {
            Optional<ClaimedJob> job = Optional.empty();
            try {
                job = queue.claim(owner, properties.leaseDuration());
            } catch (RuntimeException e) {
                log.warn("{}: cannot claim a job: {}", owner, e.toString());
            }
            if (job.isPresent()) {
                runner.run(job.get(), () -> stopping);
            } else {
                synchronized (idle) {
                    try {
                        idle.wait(properties.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        synchronized (idle) {
            idle.notifyAll();
        }
        long deadline = System.nanoTime() + properties.shutdownTimeout().toNanos();
        for (Thread t : slots) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                log.warn("{} still runs after the shutdown timeout; its job's lease will expire and hand it on", t.getName());
            }
        }
        slots.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
