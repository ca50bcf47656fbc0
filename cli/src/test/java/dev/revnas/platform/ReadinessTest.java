package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for {@code /actuator/health/readiness}: ready on 200, a clear error naming the log otherwise. */
class ReadinessTest {
    private HttpServer server;
    private final AtomicInteger probes = new AtomicInteger();
    private volatile int notReadyFor;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            boolean ready = probes.incrementAndGet() > notReadyFor;
            byte[] body = (ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ServiceLaunch launch(String url) {
        return new ServiceLaunch(Service.API, List.of("java"), Map.of(), Path.of("/state/logs/api-service.log"), url);
    }

    private String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/actuator/health/readiness";
    }

    @Test
    void waitsThroughOutOfServiceUntilReady() throws Exception {
        notReadyFor = 3;
        new Readiness(Duration.ofMillis(10)).await(launch(url()), () -> true, Duration.ofSeconds(10));
        assertEquals(4, probes.get());
    }

    @Test
    void givesUpAfterTheTimeoutNamingServiceAndLog() {
        notReadyFor = Integer.MAX_VALUE;
        var e = assertThrows(Readiness.NotReadyException.class, () -> new Readiness(Duration.ofMillis(10))
                .await(launch(url()), () -> true, Duration.ofMillis(200)));
        assertTrue(e.getMessage().startsWith("api-service was not ready at " + url()), e.getMessage());
        assertTrue(e.getMessage().endsWith("see its log /state/logs/api-service.log"), e.getMessage());
    }

    @Test
    void stopsWaitingAtOnceWhenTheProcessDied() {
        server.stop(0);
        long start = System.nanoTime();
        var e = assertThrows(Readiness.NotReadyException.class, () -> new Readiness(Duration.ofMillis(10))
                .await(launch(url()), () -> false, Duration.ofMinutes(5)));
        assertTrue(e.getMessage().startsWith("api-service exited before it was ready"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }
}
