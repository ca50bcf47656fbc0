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
        Process stubborn = p.start(launch(Service.WORKER, "trap '' TERM; while true; do sleep 0.1; done"));
        Thread.sleep(300); // let the shell install its trap
        long start = System.nanoTime();
        p.close();
        assertFalse(polite.isAlive());
        assertFalse(stubborn.isAlive());
        assertTrue(p.stopping());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }
}
