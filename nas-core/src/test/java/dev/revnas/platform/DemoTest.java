package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revnas.InvalidInputException;
import dev.revnas.search.SearchConfig;
import dev.revnas.train.TrainConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The demo's requests are valid configs for nas-core's strict parsers, with the budgets asked for. */
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
        assertEquals("d-1", request.remove("dataset").asText());
        assertEquals("job-9", request.remove("searchJob").asText());
        TrainConfig.parse(request.toString(), "demo");
        assertEquals("{\"steps\":11}", request.get("budget").toString());
    }

    @Test
    void testSentencesComeFromTheSampleCorpus() {
        Path corpus = Path.of("..", "data", "samples", "en-de");
        assertEquals(3, Demo.lines(corpus, "test.en", 3).size());
    }

    @Test
    void rejectsAnEmptyBudget() {
        assertThrows(InvalidInputException.class, () -> new Demo.Budget(0, 1, 1, Duration.ofMinutes(1)));
    }
}
