package dev.revnas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.ops.Param;
import dev.revnas.search.ReversalTask;
import dev.revnas.search.Search;
import dev.revnas.search.SearchListener;
import dev.revnas.search.SearchResult;
import dev.revnas.train.TrainListener;
import dev.revnas.train.Training;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A search and a training with fixed seeds give the results recorded on 2026-12-01, before nas-core
 * was split into modules and its run loops were merged: moving code must not change what it computes.
 * The genotype is compared exactly; α and weights to 1e-5 (relative; the weights' sum relative to Σ|w|),
 * since another CPU's BLAS kernels round differently. The test prints the exact values, so that a run on the recording machine can be
 * compared digit for digit.
 */
class RecordedRunsTest {
    private static final String SEARCH = """
            {"searchSpace": {"ops": ["zero", "identity", "ffn", "conv_3", "self_attn_2", "cross_attn_2"], "splits": 2, "nodes": 2},
             "encoderLayers": 1, "decoderLayers": 1, "hidden": 16, "budget": {"steps": 8}, "seed": 4,
             "vocabSize": 16, "batchTokens": 64, "checkpointEvery": 100}
            """;
    private static final String TRAIN = """
            {"hidden": 32, "encoderLayers": 1, "decoderLayers": 1, "heads": 2, "ffn": 64, "vocabSize": 300,
             "batchTokens": 400, "lr": 0.003, "warmupSteps": 5, "validBleuSentences": 0, "testSentences": 4, "checkpointEvery": 1000,
             "budget": {"steps": 6}, "seed": 3}""";

    private static final String GENOTYPE = "{\"kind\":\"revnas-genotype\",\"version\":1,\"hidden\":16,\"splits\":2,\"encoder\":{\"layers\":1,\"cells\":[{\"nodes\":[[{\"from\""
            + ":0,\"op\":\"ffn\"}],[{\"from\":0,\"op\":\"ffn\"},{\"from\":1,\"op\":\"conv_3\"}]]}]},\"decoder\":{\"layers\":1,\"cells\":[{\"nodes\":[[{\"from\":0,\"op\":\"identity\"}],[{\"from\":0,\"op\":\"cross_attn_2\"},{\"from\":1,\"op\":\"self_attn_2\"}]]}]}}";
    private static final Map<String, double[]> ALPHAS = Map.ofEntries(
            Map.entry("alpha.decoder.n1.e0", new double[] {0.16700729637722295, 0.16706708832962175, 0.16687195415436998, 0.16669152926132680, 0.16617944225609904, 0.16618268962135960}),
            Map.entry("alpha.decoder.n2.e0", new double[] {0.16626616675618014, 0.16664247303777160, 0.16692745868254807, 0.16654950742061100, 0.16647774917443720, 0.16713664492845207}),
            Map.entry("alpha.decoder.n2.e1", new double[] {0.16625154595227998, 0.16637400183228573, 0.16638137821138013, 0.16666038439821895, 0.16717649320062808, 0.16715619640520700}),
            Map.entry("alpha.encoder.n1.e0", new double[] {0.19991694364381205, 0.19942681644918808, 0.20069611062403314, 0.19963506244133508, 0.20032506684163173}),
            Map.entry("alpha.encoder.n2.e0", new double[] {0.20038841930880370, 0.19995408978626802, 0.20048229713030202, 0.19971446893351040, 0.19946072484111593}),
            Map.entry("alpha.encoder.n2.e1", new double[] {0.19982311279977297, 0.20026852528935420, 0.19977818449084910, 0.20029521290003060, 0.19983496451999302}));
    /** The weights' sum, squared norm and sum of first elements (the last is printed, not compared). */
    private static final double[] WEIGHTS = {290.61678185453640, 976.60025686213600, 12.854362507816404};

    @Test
    void aSeededSearchGivesTheRecordedGenotypeAndAlphas() {
        SearchResult r = Search.run(SearchConfig.parse(SEARCH, "test"), ReversalTask.data(1, DataType.FLOAT), SearchListener.NONE, null, false);
        Genotype g = r.genotype();
        String genotype = GenotypeJson.write(Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), null));
        Map<String, double[]> alphas = new TreeMap<>(g.provenance().alphas());
        alphas.forEach((edge, a) -> System.out.println("alpha " + edge + " " + exact(a)));
        System.out.println("genotype " + genotype.replace("\n", "").replace(" ", ""));
        assertEquals(GENOTYPE, genotype.replace("\n", "").replace(" ", ""));
        assertEquals(ALPHAS.keySet(), alphas.keySet());
        ALPHAS.forEach((edge, expected) -> assertClose(expected, alphas.get(edge), "softmax(α) of " + edge));
    }

    @Test
    void aSeededTrainingGivesTheRecordedWeights(@TempDir Path dir) {
        Training.run(TrainConfig.parse(TRAIN, "test"), Path.of("..", "data", "samples", "en-de"), chain(), dir.resolve("model"),
                dir.resolve("checkpoints"), TrainListener.NONE, false);
        var model = ModelArtifact.load(dir.resolve("model")).model();
        double[] stats = new double[3];
        double magnitude = 0;
        for (Param p : model.params()) {
            stats[0] += p.value().sumNumber().doubleValue();
            stats[1] += p.value().norm2Number().doubleValue() * p.value().norm2Number().doubleValue();
            stats[2] += p.value().getDouble(0);
            magnitude += p.value().norm1Number().doubleValue();
        }
        System.out.println("weights " + exact(stats));
        // The sum cancels: its rounding scales with the magnitudes summed (Σ|w|), not with the sum. On an Intel
        // AVX-512 machine it came out 1.4e-5 below the recorded value relative to itself, 2e-6 relative to Σ|w|.
        assertEquals(WEIGHTS[0], stats[0], 1e-5 * magnitude, "the weights' sum (to 1e-5 of Σ|w| = " + magnitude + ")");
        assertClose(new double[] {WEIGHTS[1]}, new double[] {stats[1]}, "the weights' squared norm");
        // The first elements' sum is printed, not compared across machines: Adam turns the last bits of a
        // near-zero gradient into a step of ±lr on that weight, so single weights differ by another CPU's
        // rounding (5.8e-5 of this sum on the Intel machine) while the sum and the norm stay within 1e-5.
    }

    private static Genotype chain() {
        var cell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "self_attn_2")), List.of(new Genotype.Edge(1, "ffn"))));
        var decoderCell = new Genotype.CellSpec(List.of(List.of(new Genotype.Edge(0, "cross_attn_2")),
                List.of(new Genotype.Edge(1, "conv_3"))));
        return Genotype.of(32, 2, new Genotype.Stack(1, List.of(cell)), new Genotype.Stack(1, List.of(decoderCell)), null);
    }

    private static String exact(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(String.format(Locale.ROOT, "%.17g, ", v));
        }
        return s.toString();
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-5 * Math.max(1, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tolerance, what + " [" + i + "]");
        }
    }
}
