package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.revnas.InvalidInputException;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The demo's requests are valid configs for nas-core's strict parsers; a failed job ends it with its own error. */
class DemoTest {
    private final Demo.Budget budget = new Demo.Budget(7, 11, 3, Duration.ofMinutes(1));

    @Test
    void searchRequestIsASearchConfigOnTheDataset() {
        SearchConfig c = SearchConfig.parse(Demo.searchRequest("d-1", budget).toString(), "demo");
        assertEquals("d-1", c.dataset());
        assertEquals("{\"steps\":7}", Demo.searchRequest("d-1", budget).get("budget").toString());
    }

    @Test
    void trainingRequestIsATrainConfigPlusDatasetAndSearchJob() {
        ObjectNode request = Demo.trainingRequest("d-1", "job-9", budget);
        assertEquals("d-1", request.remove("dataset").asString());
        assertEquals("job-9", request.remove("searchJob").asString());
        TrainConfig.parse(request.toString(), "demo");
        assertEquals("{\"steps\":11}", request.get("budget").toString());
    }

    @Test
    void testSentencesComeFromTheSampleCorpus() {
        Path corpus = Path.of("..", "data", "samples", "en-de");
        assertEquals(3, Demo.lines(corpus, "test.en", 3).size());
    }

    @Test
    void aFailedJobStopsTheDemoWithTheJobsOwnError() throws Exception {
        HttpServer api = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        List<String> seen = new CopyOnWriteArrayList<>();
        api.createContext("/api/v1/search-jobs", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            boolean post = exchange.getRequestMethod().equals("POST");
            String body = post ? "{\"id\":\"j1\"}"
                    : seen.size() < 3 ? "{\"id\":\"j1\",\"status\":\"RUNNING\",\"progress\":40}"
                    : "{\"id\":\"j1\",\"status\":\"FAILED\",\"progress\":60,\"error\":\"search diverged at step 18\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(post ? 201 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        api.start();
        List<Double> progress = new CopyOnWriteArrayList<>();
        Demo.Display display = new Demo.Display() {
            @Override
            public void say(String line) {}

            @Override
            public Demo.JobBar bar(String task) {
                return new Demo.JobBar() {
                    @Override
                    public void update(double percent, String message) {
                        progress.add(percent);
                    }

                    @Override
                    public void close() {}
                };
            }
        };
        try {
            PlatformClient client = new PlatformClient("http://localhost:" + api.getAddress().getPort(),
                    "http://localhost:1", "k");
            var e = assertThrows(IllegalStateException.class, () -> new Demo(client, display, Duration.ofMillis(10))
                    .run("d-1", Path.of("..", "data", "samples", "en-de"), budget));
            assertEquals("search-jobs j1 FAILED: search diverged at step 18", e.getMessage());
            assertEquals(List.of("POST /api/v1/search-jobs", "GET /api/v1/search-jobs/j1", "GET /api/v1/search-jobs/j1"),
                    seen);
            assertEquals(List.of(40.0, 60.0), progress);
        } finally {
            api.stop(0);
        }
    }

    @Test
    void describesAGenotypeByItsOpsPerNode() throws Exception {
        var genotype = PlatformClient.JSON.readTree("{\"encoder\":{\"layers\":2,\"cells\":[{\"nodes\":[[{\"from\":0,"
                + "\"op\":\"ffn\"}],[{\"from\":0,\"op\":\"ffn\"},{\"from\":1,\"op\":\"sep_conv_3\"}]]}]},"
                + "\"decoder\":{\"layers\":2,\"cells\":[{\"nodes\":[[{\"from\":0,\"op\":\"cross_attn_4\"}]]}]}}");
        assertEquals("encoder ffn | ffn+sep_conv_3; decoder cross_attn_4", Demo.describe(genotype));
    }

    @Test
    void rejectsAnEmptyBudget() {
        assertThrows(InvalidInputException.class, () -> new Demo.Budget(0, 1, 1, Duration.ofMinutes(1)));
    }
}
