package dev.revnas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.revnas.data.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The files a search leaves in its output directory, each written whole (temporary file, then rename). */
public final class SearchOutputs {
    public static final String GENOTYPE = "genotype.json";
    public static final String ALPHAS_JSON = "alpha-history.json";
    public static final String ALPHAS_CSV = "alpha-history.csv";
    public static final String CHECKPOINT = "checkpoint";
    public static final String VOCABULARY = "vocab.json";
    public static final String CONFIG = "search.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchOutputs() {}

    public static void write(Path dir, SearchResult result, SearchConfig config) {
        AtomicFiles.write(dir.resolve(GENOTYPE), GenotypeJson.write(result.genotype()));
        AtomicFiles.write(dir.resolve(ALPHAS_CSV), csv(result.alphaHistory(), config));
        try {
            AtomicFiles.write(dir.resolve(ALPHAS_JSON), JSON.writeValueAsString(Map.of(
                    "candidates", Map.of("encoder", config.searchSpace().encoderCandidates(),
                            "decoder", config.searchSpace().decoderCandidates()),
                    "history", result.alphaHistory())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
