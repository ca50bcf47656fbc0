package dev.revnas.bench;

import dev.revnas.InvalidInputException;
import dev.revnas.io.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.ObjectMapper;

/**
 * Latency and throughput of a running translation-service: {@code clients} concurrent callers,
 * each sending one sentence per POST /api/v1/translate and the next as soon as the answer arrives
 * (closed loop), until {@code requests} answers have come back.
 */
public final class ServeBenchmark {

    public record Result(int clients, int beam, int requests, double p50Millis, double p99Millis, double requestsPerSecond) {}

    /**
     * @param model the model name, or null for the service's default
     * @param maxLength the longest translation in subwords, or null for the model's default
     */
    public record Settings(URI url, String model, int beam, Integer maxLength, List<String> sentences, int requests, int warmup) {}

    private static final ObjectMapper JSON = Json.MAPPER;

    private ServeBenchmark() {}

    public static Result run(Settings settings, int clients, Runnable onRequest) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < settings.warmup(); i++) {
            send(http, settings, settings.sentences().get(i % settings.sentences().size()));
        }
        double[] millis = new double[settings.requests()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                callers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < millis.length; ) {
                        long t = System.nanoTime();
                        send(http, settings, settings.sentences().get(i % settings.sentences().size()));
                        millis[i] = (System.nanoTime() - t) / 1e6;
                        onRequest.run();
                    }
                    return null;
                }));
            }
            for (Future<?> f : callers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        return new Result(clients, settings.beam(), millis.length, DecodeBenchmark.percentile(millis, 0.50),
                DecodeBenchmark.percentile(millis, 0.99), millis.length / seconds);
    }

    private static void send(HttpClient http, Settings settings, String sentence) {
        try {
            HttpResponse<String> response = post(http, settings, sentence);
            int status = response.statusCode();
            if (status != 200) {
                String answer = "POST /api/v1/translate answered " + status + ": " + response.body()
                        + (status == 429 ? " (the service's rate limit: start it with "
                                + "--revnas.translate.rate-limit.per-address=0 for a benchmark)" : "");
                // A 4xx refuses what the command line asked for (a model, a beam); a 5xx is the service's own failure.
                throw status < 500 ? new InvalidInputException(answer) : new IllegalStateException(answer);
            }
        } catch (IOException e) {
            throw InvalidInputException.at("url", "--url " + settings.url() + ": cannot reach translation-service there ("
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + "); start it or pass --url");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One POST /api/v1/translate of {@code sentence} with the settings' model, beam and maxLength; any status. */
    static HttpResponse<String> post(HttpClient http, Settings settings, String sentence) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", sentence);
        body.put("beam", settings.beam());
        if (settings.model() != null) {
            body.put("model", settings.model());
        }
        if (settings.maxLength() != null) {
            body.put("maxLength", settings.maxLength());
        }
        HttpRequest request = HttpRequest.newBuilder(settings.url().resolve("/api/v1/translate"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Source sentences of about {@code words} words: consecutive lines of a corpus file joined
     * until they are that long (the samples' lines are short).
     */
    public static List<String> sentences(Path file, int words, int count) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new InvalidInputException("cannot read sentences from " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + " has no sentences");
        }
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) { // every line has a word, so this ends
            for (String token : lines.get(i % lines.size()).split("\\s+")) {
                current.add(token);
                if (current.size() == words) {
                    out.add(String.join(" ", current));
                    current.clear();
                }
            }
        }
        return out;
    }
}
