package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Json;
import dev.revnas.store.Checkpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The files a search leaves in its output directory, each written whole (temporary file, then rename). */
public final class SearchOutputs {
    public static final String GENOTYPE = "genotype.json";
    public static final String ALPHAS_JSON = "alpha-history.json";
    public static final String ALPHAS_CSV = "alpha-history.csv";
    public static final String CHECKPOINT = "checkpoint";
    public static final String VOCABULARY = "vocab.json";
    public static final String CONFIG = "search.json";
    private static final ObjectMapper JSON = Json.MAPPER;

    private SearchOutputs() {}

    public static void write(Path dir, SearchResult result, SearchConfig config) {
        AtomicFiles.write(dir.resolve(GENOTYPE), GenotypeJson.write(result.genotype()));
        AtomicFiles.write(dir.resolve(ALPHAS_CSV), csv(result.alphaHistory(), config));
        AtomicFiles.write(dir.resolve(ALPHAS_JSON), Json.PRETTY.writeValueAsString(Map.of(
                "candidates", Map.of("encoder", config.searchSpace().encoderCandidates(),
                        "decoder", config.searchSpace().decoderCandidates()),
                "history", result.alphaHistory())));
    }

    /** The α history of a search directory, and whether the search had finished. */
    public record AlphaHistory(Map<String, List<String>> candidates, List<SearchResult.AlphaSnapshot> snapshots,
            boolean finished) {}

    /**
     * Reads a search directory's α history: alpha-history.json once the search has finished,
     * its last checkpoint's while it runs (or after it was stopped), so a long search can be watched.
     */
    public static AlphaHistory alphaHistory(Path dir) {
        Path finished = dir.resolve(ALPHAS_JSON);
        Path state = Checkpoints.searchState(dir.resolve(CHECKPOINT));
        try {
            if (Files.isRegularFile(finished)) {
                JsonNode root = JSON.readTree(finished.toFile());
                return new AlphaHistory(JSON.convertValue(root.path("candidates"), new TypeReference<>() {}),
                        JSON.convertValue(root.path("history"), new TypeReference<>() {}), true);
            }
            if (Files.isRegularFile(state) && Files.isRegularFile(dir.resolve(CONFIG))) {
                SearchSpace space = SearchConfig.read(dir.resolve(CONFIG)).searchSpace();
                JsonNode root = JSON.readTree(state.toFile());
                return new AlphaHistory(Map.of(Alphas.ENCODER, space.encoderCandidates(), Alphas.DECODER, space.decoderCandidates()),
                        JSON.convertValue(root.path("alphaHistory"), new TypeReference<>() {}), false);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidInputException(dir + " holds no readable α history: " + e.getMessage(), e);
        }
        throw new InvalidInputException(dir + " has neither " + ALPHAS_JSON + " nor a checkpoint with its " + CONFIG
                + "; is it the output directory of a search?");
    }

    /** One row per (epoch, edge, op): the softmax weight of that op on that edge. */
    static String csv(List<SearchResult.AlphaSnapshot> history, SearchConfig config) {
        StringBuilder sb = new StringBuilder("epoch,step,edge,op,weight\n");
        for (SearchResult.AlphaSnapshot snap : history) {
            snap.alphas().forEach((edge, weights) -> {
                List<String> ops = edge.startsWith("alpha." + Alphas.DECODER)
                        ? config.searchSpace().decoderCandidates() : config.searchSpace().encoderCandidates();
                for (int o = 0; o < weights.length; o++) {
                    sb.append(snap.epoch()).append(',').append(snap.step()).append(',').append(edge).append(',')
                            .append(ops.get(o)).append(',').append(weights[o]).append('\n');
                }
            });
        }
        return sb.toString();
    }
}
