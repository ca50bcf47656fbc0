package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child processes: output to the service's log, stopped politely, then forcibly. */
class ServiceProcessesTest {
    @TempDir
    Path dir;

    private ServiceLaunch launch(Service s, String script) {
        return new ServiceLaunch(s, List.of("sh", "-c", script), Map.of("GREETING", "hello from the child"),
                dir.resolve("logs").resolve(s.module() + ".log"), "http://localhost:1/");
    }

    @Test
    void writesOutputAndEnvironmentToTheLog() throws Exception {
        try (ServiceProcesses p = new ServiceProcesses(Duration.ofSeconds(5))) {
            Process child = p.start(launch(Service.API, "echo \"$GREETING\"; echo oops >&2"));
            assertEquals(0, child.waitFor());
            assertEquals("hello from the child\noops\n", Files.readString(dir.resolve("logs/api-service.log")));
            assertEquals(Service.API, p.firstDead().orElseThrow().service());
        }
    }

    @Test
    void closeKillsAChildThatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        ServiceProcesses p = new ServiceProcesses(Duration.ofMillis(500));
        Process polite = p.start(launch(Service.API, "sleep 60"));
        Process stubborn = p.start(launch(Service.WORKER, "trap '' TERM; echo trapped; while true; do sleep 0.1; done"));
        // The shell says when its trap is installed: before that, SIGTERM alone would end it and the test would prove nothing.
        Path log = dir.resolve("logs/search-worker.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains("trapped"))) {
            assertTrue(stubborn.isAlive() && System.nanoTime() < deadline, "the stubborn child never installed its trap");
            Thread.sleep(10);
        }
        long start = System.nanoTime();
        p.close();
        assertFalse(polite.isAlive());
        assertFalse(stubborn.isAlive());
        assertEquals(128 + 9, stubborn.exitValue(), "the child that ignored SIGTERM was ended by SIGKILL");
        assertTrue(p.stopping());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void killEndsOneOfSeveralWorkersBySigkillAndItIsNoLongerAChild() throws Exception {
        try (ServiceProcesses p = new ServiceProcesses(Duration.ofSeconds(5))) {
            Process first = p.start(launch(Service.WORKER, "sleep 60"));
            Process second = p.start(launch(Service.WORKER, "sleep 60"));
            java.time.Instant before = java.time.Instant.now();
            java.time.Instant died = p.kill(first);
            assertFalse(first.isAlive());
            assertEquals(128 + 9, first.exitValue());
            assertFalse(died.isBefore(before));
            assertTrue(p.firstDead().isEmpty(), "a killed child is not reported as having died by itself");
            assertEquals(second, p.process(Service.WORKER));
            assertTrue(second.isAlive());
        }
    }
}
