package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.SearchConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class SearchResumeTest {
    private static final String CONFIG = """
            {"searchSpace": {"ops": ["zero", "identity", "ffn", "conv_3", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 2},
             "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"steps": 8}, "seed": 4,
             "vocabSize": 16, "batchTokens": 64, "checkpointEvery": 100}
            """;

    @Test
    void resumingFromACheckpointContinuesExactlyAsAnUninterruptedSearch(@TempDir Path dir) {
        SearchConfig config = SearchConfig.parse(CONFIG, "test");
        SearchResult uninterrupted = Search.run(config, ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, null, false);

        Path checkpoint = dir.resolve("checkpoint");
        SearchListener stopAfter4 = new SearchListener() {
            long seen;

            @Override
            public void onProgress(SearchProgress p) {
                seen = p.step();
            }

            @Override
            public boolean stopRequested() {
                return seen == 4;
            }
        };
        SearchResult firstHalf = Search.run(config, ReversalTask.data(1, DataType.FLOAT), stopAfter4, checkpoint, false);
        assertTrue(firstHalf.stopped());
        assertEquals(4, firstHalf.steps());
        assertTrue(Files.exists(checkpoint.resolve("checksums.json")));

        SearchResult resumed = Search.run(config, ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, checkpoint, true);
        assertEquals(8, resumed.steps());
        Map<String, double[]> expected = uninterrupted.genotype().provenance().alphas();
        Map<String, double[]> actual = resumed.genotype().provenance().alphas();
        assertEquals(expected.keySet(), actual.keySet());
        double worst = 0;
        for (String edge : expected.keySet()) {
            for (int o = 0; o < expected.get(edge).length; o++) {
                worst = Math.max(worst, Math.abs(expected.get(edge)[o] - actual.get(edge)[o]));
            }
        }
        assertTrue(worst < 1e-6, "largest α difference " + worst);
        assertEquals(uninterrupted.trainLoss(), resumed.trainLoss(), 1e-6);
        assertEquals(GenotypeJson.write(strip(uninterrupted)), GenotypeJson.write(strip(resumed)));
    }

    /** The genotype without its timestamped provenance. */
    private static Genotype strip(SearchResult r) {
        Genotype g = r.genotype();
        return Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), null);
    }

    @Test
    void aCorruptedCheckpointIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        SearchConfig config = SearchConfig.parse(CONFIG.replace("\"steps\": 8", "\"steps\": 2"), "test");
        Path checkpoint = dir.resolve("checkpoint");
        Search.run(config, ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, checkpoint, false);
        Path weights = checkpoint.resolve("weights.tensors");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(weights, bytes);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.revnas.InvalidInputException.class,
                () -> Search.run(config, ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, checkpoint, true));
        assertTrue(e.getMessage().contains("weights.tensors is corrupted"), e.getMessage());
        List.of();
    }
}
