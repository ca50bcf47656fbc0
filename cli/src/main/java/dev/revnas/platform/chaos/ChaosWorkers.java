package dev.revnas.platform.chaos;

import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.Readiness;
import dev.revnas.platform.ServiceLaunch;
import dev.revnas.platform.ServiceProcesses;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker slots of a chaos run: one search-worker process each, restarted under a new id whenever it dies,
 * so that the job events tell the lives of a slot apart ("chaos-w2-r0/0", then "chaos-w2-r1/0"). Each life
 * gets a free port for its actuator, where chaos sees whether it is up.
 */
final class ChaosWorkers {
    private final PlatformConfig config;
    private final ServiceProcesses services;
    private final List<String> properties;
    private final Readiness readiness = new Readiness(Duration.ofMillis(500));
    private final Process[] slots;
    private final ServiceLaunch[] launches;
    private final String[] ids;
    private final int[] lives;
    private final Map<String, Instant> deaths = new HashMap<>();
    private int kills;
    private int unexpectedExits;

    ChaosWorkers(PlatformConfig config, ServiceProcesses services, ChaosPlan plan) {
        this.config = config;
        this.services = services;
        this.properties = List.of("--revnas.jobs.max-attempts=" + plan.maxAttempts(),
                "--revnas.worker.lease-duration=" + plan.lease().toMillis() + "ms",
                "--revnas.worker.heartbeat-interval=" + plan.heartbeat().toMillis() + "ms",
                "--revnas.worker.poll-interval=500ms");
        this.slots = new Process[plan.workers()];
        this.launches = new ServiceLaunch[plan.workers()];
        this.ids = new String[plan.workers()];
        this.lives = new int[plan.workers()];
    }

    void startAll() throws IOException {
        for (int slot = 0; slot < slots.length; slot++) {
            start(slot);
        }
    }

    /** SIGKILLs the worker in {@code slot} and starts its next life. */
    void kill(int slot) throws IOException, InterruptedException {
        deaths.put(ids[slot], services.kill(slots[slot]));
        kills++;
        start(slot);
    }

    /** Restarts every worker that died by itself; such a death is counted, and its time taken as when it was seen. */
    void restartDead() throws IOException, InterruptedException {
        for (int slot = 0; slot < slots.length; slot++) {
            if (!slots[slot].isAlive()) {
                deaths.put(ids[slot], services.kill(slots[slot]));
                unexpectedExits++;
                start(slot);
            }
        }
    }

    /** The first slot from {@code slot} on (wrapping round) whose worker is up: started, claiming; -1 if none is. */
    int readyFrom(int slot) {
        for (int i = 0; i < slots.length; i++) {
            int s = (slot + i) % slots.length;
            if (slots[s].isAlive() && readiness.isReady(launches[s].readinessUrl())) {
                return s;
            }
        }
        return -1;
    }

    int alive() {
        int n = 0;
        for (Process p : slots) {
            n += p.isAlive() ? 1 : 0;
        }
        return n;
    }

    int kills() {
        return kills;
    }

    int unexpectedExits() {
        return unexpectedExits;
    }

    /** When each worker process died, by worker id. */
    Map<String, Instant> deaths() {
        return Map.copyOf(deaths);
    }

    private void start(int slot) throws IOException {
        ids[slot] = "chaos-w" + slot + "-r" + lives[slot]++;
        // Several tiny jobs on few cores: one native thread each, as search-worker's own tests run them.
        launches[slot] = config.worker(ids[slot], freePort(), properties)
                .withEnvironment(Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1"));
        slots[slot] = services.start(launches[slot]);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
