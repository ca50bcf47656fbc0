package dev.revnas.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The child processes {@code up} or {@code chaos} started (several of one service, for chaos's workers),
 * stopped together: politely first, then forcibly.
 */
public final class ServiceProcesses implements AutoCloseable {
    private record Child(ServiceLaunch launch, Process process) {}

    private final List<Child> running = new ArrayList<>();
    private final Duration grace;
    private volatile boolean stopping;

    public ServiceProcesses(Duration grace) {
        this.grace = grace;
    }

    /** Starts a service with its output appended to its log file. */
    public synchronized Process start(ServiceLaunch launch) throws IOException {
        Files.createDirectories(launch.log().getParent());
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
        builder.environment().putAll(launch.environment());
        Process process = builder.start();
        running.add(new Child(launch, process));
        return process;
    }

    /** The last process started for {@code s}. */
    public synchronized Process process(Service s) {
        return running.stream().filter(c -> c.launch().service() == s).reduce((a, b) -> b).map(Child::process).orElse(null);
    }

    /**
     * SIGKILL: no shutdown hook runs, nothing is checkpointed or handed back. Returns once the process is gone,
     * with the time it was seen gone; it is no longer one of the children.
     */
    public Instant kill(Process process) throws InterruptedException {
        synchronized (this) {
            running.removeIf(c -> c.process() == process);
        }
        process.destroyForcibly().waitFor();
        return Instant.now();
    }

    /** The first child that exited although nobody asked it to, if any. */
    public synchronized Optional<ServiceLaunch> firstDead() {
        return running.stream().filter(c -> !c.process().isAlive()).map(Child::launch).findFirst();
    }

    public boolean stopping() {
        return stopping;
    }

    /** Blocks until one child exits; returns it. */
    public ServiceLaunch awaitAnyExit() throws InterruptedException {
        while (true) {
            Optional<ServiceLaunch> dead = firstDead();
            if (dead.isPresent()) {
                return dead.get();
            }
            Thread.sleep(500);
        }
    }

    /** SIGTERM to all (Spring shuts down gracefully, the worker checkpoints), then SIGKILL after the grace period. */
    @Override
    public synchronized void close() {
        stopping = true;
        List<Process> alive = new ArrayList<>();
        for (Child c : running) {
            if (c.process().isAlive()) {
                c.process().destroy();
                alive.add(c.process());
            }
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (Process p : alive) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!p.waitFor(left, TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
