package dev.revnas.worker.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.db.TestDatabase;
import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.PlatformKeys;
import dev.revnas.platform.Service;
import dev.revnas.platform.chaos.Chaos;
import dev.revnas.platform.chaos.ChaosPlan;
import dev.revnas.platform.chaos.ChaosReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

/**
 * The chaos run of issue 13, short enough for CI: api-service and two search-workers from the built jars (this
 * runs after the package phase, api-service's jar built before this module), on the test PostgreSQL, eight jobs,
 * three SIGKILLs. The state and the services' logs stay in target/chaos-it.
 */
class ChaosIT {
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void threeKillsAmongTwoWorkersLoseNothingRunNothingTwiceAtOnceAndChangeNoResult() throws Exception {
        Path state = Path.of("target/chaos-it").toAbsolutePath();
        FileSystemUtils.deleteRecursively(state);
        PlatformConfig config = new PlatformConfig(Path.of("..").toAbsolutePath().normalize(), state,
                Map.of(Service.API, freePort()), TestDatabase.freshUrl("revnas_chaos_test"), TestDatabase.user(),
                TestDatabase.password(), PlatformKeys.generate(), Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ChaosPlan plan = new ChaosPlan(2, 8, 3, 11, Duration.ofMinutes(8), Duration.ofSeconds(3), 4);

        ChaosReport r = new Chaos(config, plan, new LogDisplay(), Duration.ofMinutes(4)).run();

        String found = r + " (logs in " + config.logsDir() + ")";
        assertEquals("PostgreSQL", r.database());
        assertEquals(3, r.killsDone(), found);
        assertEquals(0, r.lost(), found);
        assertEquals(0, r.concurrent(), found);
        assertEquals(0, r.mismatches(), found);
        assertEquals(0, r.failed(), found);
        assertEquals(8, r.succeeded(), found);
        assertTrue(r.interrupted() >= 1, "no kill landed on a running job: " + found);
        assertTrue(r.compared() >= r.interrupted(), "every interrupted job is compared with an uninterrupted run: " + found);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The run's progress as lines in the test log, one when a phase's count changes. */
    private static final class LogDisplay implements Chaos.Display {
        private String last = "";

        @Override
        public void say(String line) {
            System.out.println("chaos: " + line);
        }

        @Override
        public void progress(String phase, int finished, int total, String state) {
            String line = phase + " " + finished + "/" + total + (state.isBlank() ? "" : ", " + state.strip());
            if (!line.equals(last)) {
                System.out.println("chaos: " + line);
                last = line;
            }
        }
    }
}
