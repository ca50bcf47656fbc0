package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every case of {@code metric-vectors.json} (a copy of {@code shared/testdata}: the scores
 * sacreBLEU 2.x's own test suite expects) scores as sacreBLEU does, within the case's tolerance.
 */
class MetricVectorsTest {
    private static final JsonNode VECTORS = load();

    private static JsonNode load() {
        try (InputStream in = MetricVectorsTest.class.getResourceAsStream("/metric-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> corpusBleuMatchesSacreBleu() {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : VECTORS.get("corpus_bleu")) {
            JsonNode options = c.get("options");
            BleuConfig config = BleuConfig.corpus();
            if (options.has("tokenize")) {
                config = config.withTokenize(options.get("tokenize").asString());
            }
            if (options.has("smooth_method")) {
                config = config.withSmoothing(Smoothing.named(options.get("smooth_method").asString()), null);
            }
            if (options.has("max_ngram_order")) {
                config = config.withMaxNgramOrder(options.get("max_ngram_order").asInt());
            }
            Bleu bleu = new Bleu(config);
            String name = "corpus BLEU case " + (i++) + " " + options;
            tests.add(dynamicTest(name, () -> {
                double score = bleu.corpusScore(strings(c.get("hyps")), streams(c.get("refs"))).score();
                if (c.has("score")) {
                    assertEquals(c.get("score").asDouble(), score, 1e-6);
                } else {
                    assertEquals(c.get("score_rounded_2").asString(), PythonFormat.fixed(score, 2));
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> rawCorpusBleuIsAFractionWithFloorSmoothing() {
        JsonNode raw = VECTORS.get("raw_corpus_bleu_fraction");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : raw.get("cases")) {
            double floor = c.get("smooth_floor").asDouble();
            tests.add(dynamicTest(c.get("hyps") + " floor " + floor, () -> {
                double score = new Bleu(BleuConfig.raw(floor)).corpusScore(strings(c.get("hyps")), streams(c.get("refs"))).score();
                assertEquals(c.get("score").asDouble(), score / 100, 1e-8);
            }));
        }
        JsonNode s = raw.get("statistics");
        tests.add(dynamicTest("statistics of " + s.get("hyps"), () -> {
            BleuStatistics stats = new Bleu(BleuConfig.raw(0.01))
                    .corpusScore(strings(s.get("hyps")), streams(s.get("refs"))).statistics();
            assertEquals(s.get("matches").toString(), longs(stats.correct()));
            assertEquals(s.get("totals").toString(), longs(stats.total()));
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> sentenceBleuUsesEffectiveOrder() {
        JsonNode sentence = VECTORS.get("sentence_bleu");
        double tolerance = sentence.get("tolerance").asDouble();
        String hyp = sentence.get("hyp").asString();
        String ref = sentence.get("ref").asString();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : sentence.get("cases")) {
            Double value = c.has("smooth_value") ? c.get("smooth_value").asDouble() : null;
            BleuConfig config = BleuConfig.sentence()
                    .withSmoothing(Smoothing.named(c.get("smooth_method").asString()), value)
                    .withTokenize(c.get("tokenize").asString())
                    .withLowercase(c.get("lowercase").asBoolean());
            tests.add(dynamicTest("sentence BLEU " + c, () ->
                    assertEquals(c.get("score").asDouble(), new Bleu(config).sentenceScore(hyp, List.of(ref)).score(), tolerance)));
        }
        return tests.stream();
    }

    /**
     * The corpus cases are sacreBLEU's {@code test_chrf.py}, which calls {@code corpus_chrf(...,
     * beta=3, eps_smoothing=True)}: the vectors' note says beta 2, but beta 2 gives 63.43 and
     * 64.82 on the two long cases, beta 3 gives the expected 63.36 and 64.13. The sentence cases
     * use sacreBLEU's default beta 2.
     */
    @TestFactory
    Stream<DynamicTest> chrfMatchesSacreBleuWithEpsilonSmoothing() {
        JsonNode chrf = VECTORS.get("chrf");
        List<DynamicTest> tests = new ArrayList<>();
        Chrf corpus = new Chrf(ChrfConfig.chrf().withEpsSmoothing(true).withBeta(3));
        for (JsonNode c : chrf.get("cases")) {
            tests.add(dynamicTest("corpus chrF " + c.get("hyps") + " vs " + c.get("refs"), () -> {
                double score = corpus.corpusScore(strings(c.get("hyps")), List.of(strings(c.get("refs")))).score();
                assertEquals(c.get("score").asDouble(), score, 1e-4);
            }));
        }
        Chrf sentence = new Chrf(ChrfConfig.chrf().withEpsSmoothing(true));
        for (JsonNode c : chrf.get("sentence_cases")) {
            tests.add(dynamicTest("sentence chrF " + c.get("hyp"), () -> {
                double score = sentence.sentenceScore(c.get("hyp").asString(), List.of(c.get("ref").asString())).score();
                assertEquals(c.get("score").asDouble(), score, 1e-4);
            }));
        }
        return tests.stream();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<List<String>> streams(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(n -> out.add(strings(n)));
        return out;
    }

    private static String longs(long[] values) {
        return java.util.Arrays.toString(values).replace(" ", "");
    }
}
