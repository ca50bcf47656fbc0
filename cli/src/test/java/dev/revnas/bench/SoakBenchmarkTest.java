package dev.revnas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void countsEveryAnswerInItsPeriodAndTellsErrorsAndRateLimitsApart() throws Exception {
        AtomicInteger served = new AtomicInteger();
        Path status = status(1000);
        // Every 5th answer is a 429, every 7th (not 5th) a 500; the memory stays put.
        HttpServer server = stub(served, n -> n % 5 == 0 ? 429 : n % 7 == 0 ? 500 : 200, status, n -> 1000);
        try {
            List<SoakBenchmark.Period> seen = new ArrayList<>();
            SoakBenchmark.Result r = SoakBenchmark.run(settings(server), 3, 3, Duration.ofMillis(400), 1, status, seen::add);
            int n = served.get();
            long limited = n / 5;
            long failed = n / 7 - n / 35;
            assertEquals(List.of(1, 2, 3), seen.stream().map(SoakBenchmark.Period::period).toList(), "each period reported as it ends");
            assertEquals(n, r.requests(), "every answer counted once");
            assertEquals(n, seen.stream().mapToLong(SoakBenchmark.Period::requests).sum());
            assertEquals(limited + failed, r.errors());
            assertEquals(limited, r.rateLimited());
            assertTrue(seen.stream().allMatch(p -> p.requests() == 0 || p.p50Millis() <= p.p99Millis()), seen.toString());
            assertTrue(seen.stream().anyMatch(p -> p.firstError() != null && p.firstError().startsWith("429")), seen.toString());
            assertEquals(1000L, r.rssBaselineKiB());
            assertEquals(1000L, seen.get(2).rssKiB());
            assertEquals(0.0, r.rssGrowth());
            assertTrue(r.rssWithin10Percent());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void memoryThatGrowsAfterTheWarmUpIsNotWithin10Percent() throws Exception {
        AtomicInteger served = new AtomicInteger();
        Path status = status(1000);
        // Each request leaks 10 KiB once the first period is over.
        long warmupEnd = System.nanoTime() + Duration.ofMillis(400).toNanos();
        HttpServer server = stub(served, n -> 200, status, n -> System.nanoTime() < warmupEnd ? 1000 : 1000 + 10 * n);
        try {
            SoakBenchmark.Result r = SoakBenchmark.run(settings(server), 2, 3, Duration.ofMillis(400), 1, status, p -> {});
            assertEquals(0, r.errors());
            assertTrue(r.rssMaxAfterWarmupKiB() > r.rssBaselineKiB() * 1.1, r.toString());
            assertFalse(r.rssWithin10Percent(), r.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsVmRssAndNothingWhereThereIsNone() throws IOException {
        assertEquals(123456L, SoakBenchmark.rssKiB(Files.writeString(dir.resolve("a"), "Name:\tjava\nVmHWM:\t 200000 kB\nVmRSS:\t  123456 kB\n")));
        assertNull(SoakBenchmark.rssKiB(Files.writeString(dir.resolve("b"), "Name:\tjava\n")));
        assertNull(SoakBenchmark.rssKiB(dir.resolve("gone")));
        assertEquals(1L, SoakBenchmark.rssKiB(Path.of("/proc/self/status")) > 0 ? 1L : 0L, "this JVM's own RSS is read");
    }

    @Test
    void aSoakNeedsMorePeriodsThanWarmUp() {
        assertThrows(InvalidInputException.class, () -> SoakBenchmark.run(
                new ServeBenchmark.Settings(URI.create("http://localhost:1"), null, 4, null, List.of("a"), 0, 0), 1, 1, Duration.ofMillis(10),
                1, dir.resolve("status"), p -> {}));
    }

    private Path status(long kib) throws IOException {
        return Files.writeString(dir.resolve("status"), "VmRSS:\t" + kib + " kB\n");
    }

    /** Answers the n-th request (from 1) with status(n) and writes rss(n) KiB into the status file. */
    private static HttpServer stub(AtomicInteger served, IntUnaryOperator status, Path statusFile, IntUnaryOperator rss) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/translate", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int n = served.incrementAndGet();
            try {
                Files.writeString(statusFile, "VmRSS:\t" + rss.applyAsInt(n) + " kB\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] answer = "{}".getBytes();
            exchange.sendResponseHeaders(status.applyAsInt(n), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static ServeBenchmark.Settings settings(HttpServer server) {
        URI url = URI.create("http://localhost:" + server.getAddress().getPort());
        return new ServeBenchmark.Settings(url, null, 4, null, List.of("a b", "c d"), 0, 0);
    }
}
