package dev.revnas.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentConfigTest {
    static final String VALID = """
            {"pairs": {"en-de": {"corpus": "data/corpora/en-de", "seeds": [1, 2]},
                       "en-fr": {"corpus": "data/corpora/en-fr", "seeds": [1], "models": ["derived", "baseline"]}},
             "search": {"budget": {"targetTokens": 1000000}},
             "train": {"budget": {"targetTokens": 4096000}}}
            """;

    private static String rejected(String json) {
        return assertThrows(InvalidInputException.class, () -> ExperimentConfig.parse(json, "experiment.json")).getMessage();
    }

    @Test
    void aValidConfigKeepsThePairsInOrderWithTheirModelsAndDefaults() {
        ExperimentConfig c = ExperimentConfig.parse(VALID, "experiment.json");
        assertEquals(List.of("en-de", "en-fr"), List.copyOf(c.pairs().keySet()));
        assertEquals(ExperimentConfig.MODELS, c.pairs().get("en-de").models());
        assertEquals(List.of("derived", "baseline"), c.pairs().get("en-fr").models());
        assertEquals(1000, c.resamples());
        assertEquals(4096000L, c.train().budget().targetTokens());
        assertEquals(c, ExperimentConfig.parse(c.toJson(), "written"));
    }

    @Test
    void theExampleInTheDocsIsValid() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "experiments.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        ExperimentConfig c = ExperimentConfig.parse(doc.substring(start, doc.indexOf("```", start)), "docs/experiments.md");
        assertEquals(List.of("en-de", "en-es", "en-fr", "en-cs"), List.copyOf(c.pairs().keySet()));
        assertTrue(c.train().budget().targetTokens() >= 4_000_000 && c.train().hidden() == 256);
    }

    @Test
    void everyExampleExperimentConfigIsValidAndItsGivenGenotypesExist() throws IOException {
        Path root = Path.of("..");
        try (var files = Files.list(root.resolve("docs").resolve("examples"))) {
            List<Path> examples = files.filter(f -> f.getFileName().toString().startsWith("experiment-")).sorted().toList();
            assertTrue(examples.size() >= 3, examples.toString());
            for (Path f : examples) {
                ExperimentConfig c = ExperimentConfig.read(f);
                c.pairs().forEach((pair, p) -> assertTrue(p.genotype() == null || Files.isRegularFile(root.resolve(p.genotype())),
                        f + ": " + pair + " gives " + p.genotype()));
            }
        }
    }

    @Test
    void aZeroBudgetNamesTheSectionAndTheField() {
        String train = rejected(VALID.replace("4096000", "0"));
        assertTrue(train.contains("train.budget.targetTokens is 0"), train);
        String search = rejected(VALID.replace("{\"targetTokens\": 1000000}", "{\"steps\": 0}"));
        assertTrue(search.contains("search.budget.steps is 0"), search);
    }

    @Test
    void noSeedsNamesThePairsSeeds() {
        String empty = rejected(VALID.replace("\"seeds\": [1], ", "\"seeds\": [], "));
        assertTrue(empty.contains("pairs.en-fr.seeds is empty"), empty);
        String missing = rejected(VALID.replace("\"seeds\": [1, 2]", "\"models\": [\"derived\"]"));
        assertTrue(missing.contains("pairs.en-de.seeds is missing"), missing);
    }

    @Test
    void otherBadFieldsAreNamed() {
        assertTrue(rejected(VALID.replace("\"models\": [\"derived\", \"baseline\"]", "\"models\": [\"baseline\"]"))
                .contains("pairs.en-fr.models must include derived"));
        assertTrue(rejected(VALID.replace("\"models\": [\"derived\", \"baseline\"]", "\"models\": [\"derived\", \"nas\"]"))
                .contains("pairs.en-fr.models has 'nas'"));
        assertTrue(rejected(VALID.replace("\"pairs\"", "\"resamples\": 0, \"pairs\"")).contains("resamples is 0"));
        assertTrue(rejected(VALID.replace("\"pairs\"", "\"pair\": 1, \"pairs\"")).contains("unknown field 'pair'"));
        assertTrue(rejected("{\"pairs\": {}, \"search\": {\"budget\": {\"steps\": 1}}, \"train\": {\"budget\": {\"steps\": 1}}}")
                .contains("pairs is empty"));
        assertTrue(rejected(VALID.replace("\"train\": {", "\"train\": {\"hidden\": 15, ")).contains("train.hidden 15"));
    }
}
