package dev.revnas.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The child processes {@code up} started, stopped together: politely first, then forcibly. */
public final class ServiceProcesses implements AutoCloseable {
    private final Map<Service, Process> running = new LinkedHashMap<>();
    private final Map<Service, ServiceLaunch> launches = new LinkedHashMap<>();
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
        running.put(launch.service(), process);
        launches.put(launch.service(), launch);
        return process;
    }

    public synchronized Process process(Service s) {
        return running.get(s);
    }

    /** The first service that exited although nobody asked it to, if any. */
    public synchronized Optional<ServiceLaunch> firstDead() {
        return running.entrySet().stream().filter(e -> !e.getValue().isAlive())
                .map(e -> launches.get(e.getKey())).findFirst();
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
        for (Process p : running.values()) {
            if (p.isAlive()) {
                p.destroy();
                alive.add(p);
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
