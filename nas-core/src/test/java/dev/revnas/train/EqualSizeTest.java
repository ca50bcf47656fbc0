package dev.revnas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.TrainConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class EqualSizeTest {
    private static final NetworkConfig NETWORK = new NetworkConfig(300, 32, 2, 2, 0.1, 0.1, true, DataType.FLOAT, 1);

    private static Genotype genotype(int splits, String encoderNodes, String decoderNodes) {
        return GenotypeJson.parse("""
                {"kind": "revnas-genotype", "version": 1, "hidden": 32, "splits": %d,
                 "encoder": {"layers": 2, "cells": [{"nodes": %s}]}, "decoder": {"layers": 2, "cells": [{"nodes": %s}]}}
                """.formatted(splits, encoderNodes, decoderNodes), "test");
    }

    /** A DARTS cell: two nodes, two edges into the second. */
    static final Genotype DARTS = genotype(2,
            "[[{\"from\": 0, \"op\": \"self_attn_2\"}], [{\"from\": 0, \"op\": \"ffn\"}, {\"from\": 1, \"op\": \"ffn\"}]]",
            "[[{\"from\": 0, \"op\": \"self_attn_2\"}], [{\"from\": 0, \"op\": \"cross_attn_2\"}, {\"from\": 1, \"op\": \"ffn\"}]]");

    @Test
    void picksTheFfnWidthWhoseCountIsNearestTheTarget() {
        assertEquals(91, EqualSize.ffnWidth(1000, 100, 10, "f"), "100 + 90 · 10 = 1000");
        assertEquals(91, EqualSize.ffnWidth(1004, 100, 10, "f"));
        assertEquals(92, EqualSize.ffnWidth(1006, 100, 10, "f"));
        assertEquals(1, EqualSize.ffnWidth(101, 100, 10, "f"), "1% above the baseline at width 1 is near enough");
    }

    @Test
    void theBaselineMatchesSeveralGenotypesWithinTwoPercent() {
        List<Genotype> genotypes = List.of(DARTS,
                genotype(2, "[[{\"from\": 0, \"op\": \"ffn\"}], [{\"from\": 1, \"op\": \"glu\"}, {\"from\": 0, \"op\": \"sep_conv_5\"}]]",
                        "[[{\"from\": 0, \"op\": \"self_attn_4\"}], [{\"from\": 1, \"op\": \"cross_attn_4\"}], [{\"from\": 2, \"op\": \"ffn\"}]]"),
                genotype(4, "[[{\"from\": 0, \"op\": \"ffn\"}], [{\"from\": 0, \"op\": \"ffn\"}, {\"from\": 1, \"op\": \"ffn\"}], "
                        + "[{\"from\": 1, \"op\": \"ffn\"}, {\"from\": 2, \"op\": \"ffn\"}]]",
                        "[[{\"from\": 0, \"op\": \"cross_attn_2\"}], [{\"from\": 0, \"op\": \"ffn\"}, {\"from\": 1, \"op\": \"ffn\"}], "
                        + "[{\"from\": 1, \"op\": \"self_attn_2\"}, {\"from\": 2, \"op\": \"ffn\"}]]"));
        for (Genotype g : genotypes) {
            EqualSize.Match match = EqualSize.baseline(NETWORK, 4, g, "matchParams");
            long searched = EncoderDecoder.reversible(NETWORK, g.splits(), new DerivedCells(g, 2, 2, 0.1)).parameterCount();
            long baseline = EncoderDecoder.baseline(NETWORK.withHidden(match.hidden()), 4, match.ffn()).parameterCount();
            assertEquals(searched, match.matchedParameters());
            assertEquals(baseline, match.parameters(), "the count the solver predicts is the built baseline's");
            assertTrue(Math.abs(baseline - searched) <= 0.02 * searched,
                    "FFN width " + match.ffn() + ": " + baseline + " against " + searched);
        }
    }

    @Test
    void aGenotypeSmallerThanTheBaselineWithoutItsFfnIsMatchedByANarrowerStandardTransformer() {
        // Four splits: every op runs at a quarter of the width, so this cell is far below self- plus cross-attention.
        Genotype tiny = genotype(4, "[[{\"from\": 0, \"op\": \"identity\"}]]", "[[{\"from\": 0, \"op\": \"cross_attn_2\"}]]");
        long searched = EncoderDecoder.reversible(NETWORK, 4, new DerivedCells(tiny, 2, 2, 0.1)).parameterCount();
        assertTrue(searched < EncoderDecoder.baseline(NETWORK, 4, 1).parameterCount(), "no FFN width at width 32 matches");

        EqualSize.Match match = EqualSize.baseline(NETWORK, 4, tiny, "matchParams");
        assertTrue(match.hidden() < 32 && match.hidden() % 8 == 0, "width " + match.hidden());
        assertTrue(match.ffn() >= 4 * match.hidden(), "a standard Transformer's FFN at least: " + match.ffn());
        long built = EncoderDecoder.baseline(NETWORK.withHidden(match.hidden()), 4, match.ffn()).parameterCount();
        assertEquals(built, match.parameters());
        assertTrue(Math.abs(built - searched) <= 0.02 * searched, built + " against " + searched);
        long wider = EncoderDecoder.baseline(NETWORK.withHidden(match.hidden() + 8), 4, 4 * (match.hidden() + 8)).parameterCount();
        assertTrue(wider > searched, "the widest such Transformer: at width " + (match.hidden() + 8) + " it has " + wider);
    }

    @Test
    void aNetworkLargerThanTheBaselineWithAnFfnOfItsWidthKeepsTheWidth() {
        EqualSize.Match match = EqualSize.baseline(NETWORK, 4, DARTS, "matchParams");
        assertEquals(32, match.hidden());
        assertTrue(match.ffn() >= 32, "FFN " + match.ffn());
    }

    @Test
    void matchParamsIsForTheBaselineAndReplacesItsFfnWidth() throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree("{\"budget\": {\"steps\": 1}, \"hidden\": 32}");
        node.set("matchParams", new ObjectMapper().readTree(GenotypeJson.write(DARTS)));
        TrainConfig config = TrainConfig.parse(node.toString(), "test");
        assertEquals(null, config.ffn());
        assertEquals(config, TrainConfig.parse(config.toJson(), "again"));
        var derived = assertThrows(InvalidInputException.class, () -> config.checkArchitecture(false));
        assertTrue(derived.getMessage().contains("matchParams sizes the baseline Transformer"), derived.getMessage());

        node.put("ffn", 64);
        var both = assertThrows(InvalidInputException.class, () -> TrainConfig.parse(node.toString(), "test"));
        assertTrue(both.getMessage().contains("ffn is 64, but matchParams chooses the baseline's FFN width"), both.getMessage());

        node.remove("ffn");
        node.put("hidden", 18);
        var narrow = assertThrows(InvalidInputException.class, () -> TrainConfig.parse(node.toString(), "test"));
        assertTrue(narrow.getMessage().contains("matchParams: genotype at hidden 18 encoder cell 0 node 1"), narrow.getMessage());
    }

    @Test
    void aSizeMatchedBaselineRecordsBothCountsInItsMetricsAndProvenance(@TempDir Path dir) throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(TrainingTest.tiny(1).toJson());
        node.remove("ffn");
        node.set("matchParams", new ObjectMapper().readTree(GenotypeJson.write(DARTS)));
        // An untrained model translates to its length limit: decode as little as the artifact needs.
        node.put("validBleuSentences", 0).put("testSentences", 1).put("beam", 1).put("maxLengthRatio", 0.5);
        TrainResult result = Training.run(TrainConfig.parse(node.toString(), "test"), TrainingTest.CORPUS, null, dir.resolve("m"),
                null, TrainListener.NONE, false);

        ModelArtifact.Loaded model = ModelArtifact.load(dir.resolve("m"));
        long parameters = ((Number) model.metrics().get("parameters")).longValue();
        long matched = ((Number) model.metrics().get("matchedParameters")).longValue();
        assertEquals(result.parameters(), parameters);
        assertEquals(result.matchedParameters(), matched);
        assertTrue(Math.abs(parameters - matched) <= 0.02 * matched, parameters + " against " + matched);
        @SuppressWarnings("unchecked")
        Map<String, Object> sizeMatch = (Map<String, Object>) model.manifest().provenance().get("sizeMatch");
        assertEquals(parameters, ((Number) sizeMatch.get("parameters")).longValue());
        assertEquals(matched, ((Number) sizeMatch.get("matchedParameters")).longValue());
        assertEquals(model.manifest().architecture().ffn(), sizeMatch.get("ffn"));
    }
}
