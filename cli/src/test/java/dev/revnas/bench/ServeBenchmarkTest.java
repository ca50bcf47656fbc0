package dev.revnas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.revnas.InvalidInputException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServeBenchmarkTest {

    @Test
    void sourceSentencesHaveTheRequestedNumberOfWords() {
        List<String> s = ServeBenchmark.sentences(Path.of("..", "data", "samples", "en-de", "test.en"), 15, 40);
        assertTrue(s.size() >= 40);
        s.forEach(x -> assertEquals(15, x.split(" ").length, x));
    }

    @Test
    void sendsEveryRequestOnceAcrossTheClientsAndFailsOnAnError() throws Exception {
        AtomicInteger served = new AtomicInteger();
        AtomicInteger status = new AtomicInteger(200);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/translate", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            served.incrementAndGet();
            byte[] answer = body.contains("\"beam\":4") ? "{}".getBytes() : "{\"detail\":\"no beam\"}".getBytes();
            exchange.sendResponseHeaders(body.contains("\"beam\":4") ? status.get() : 422, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        try {
            URI url = URI.create("http://localhost:" + server.getAddress().getPort());
            var settings = new ServeBenchmark.Settings(url, null, 4, null, List.of("a b", "c d"), 30, 2);
            ServeBenchmark.Result r = ServeBenchmark.run(settings, 3, () -> {});
            assertEquals(32, served.get(), "2 warm-up and 30 timed requests");
            assertEquals(30, r.requests());
            assertEquals(3, r.clients());
            assertTrue(r.p50Millis() <= r.p99Millis() && r.requestsPerSecond() > 0);

            status.set(503);
            assertThrows(IllegalStateException.class, () -> ServeBenchmark.run(settings, 2, () -> {}));
            status.set(404);
            var refused = assertThrows(InvalidInputException.class, () -> ServeBenchmark.run(settings, 2, () -> {}),
                    "a 4xx refuses what the command line asked for");
            assertTrue(refused.getMessage().contains("answered 404"), refused.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatIsNotThereIsBadInputNamingTheUrl() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        var settings = new ServeBenchmark.Settings(URI.create("http://localhost:" + port), null, 4, null, List.of("a b"), 1, 0);
        var e = assertThrows(InvalidInputException.class, () -> ServeBenchmark.run(settings, 1, () -> {}));
        assertEquals("url", e.field());
        assertTrue(e.getMessage().startsWith("--url http://localhost:" + port + ": cannot reach translation-service there"),
                e.getMessage());
    }
}
