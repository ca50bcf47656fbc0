package dev.revnas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
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
        } finally {
            server.stop(0);
        }
    }
}
