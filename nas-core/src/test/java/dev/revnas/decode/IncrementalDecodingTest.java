package dev.revnas.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.DecodingSettings;
import dev.revnas.genotype.Genotype;
import dev.revnas.model.Batch;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.Encoded;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SpecialTokens;
import dev.revnas.ops.DecodeCache;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Decoding with cached keys, values and convolution windows equals decoding that recomputes the prefix. */
class IncrementalDecodingTest {
    private static final int VOCAB = 30;
    private static final List<int[]> SOURCES = List.of(new int[] {5, 6, 7, 8, 9, 10}, new int[] {11, 12},
            new int[] {13, 14, 15, 16});

    /** A decoder cell with every op kind that keeps state across positions. */
    static Genotype everyOpKind() {
        var encoder = new Genotype.Stack(2, List.of(new Genotype.CellSpec(List.of(
                List.of(new Genotype.Edge(0, "self_attn_2")), List.of(new Genotype.Edge(1, "sep_conv_3"), new Genotype.Edge(0, "ffn"))))));
        var decoder = new Genotype.Stack(2, List.of(new Genotype.CellSpec(List.of(
                List.of(new Genotype.Edge(0, "self_attn_2")),
                List.of(new Genotype.Edge(0, "cross_attn_4"), new Genotype.Edge(1, "conv_3")),
                List.of(new Genotype.Edge(2, "sep_conv_5"), new Genotype.Edge(1, "glu"), new Genotype.Edge(0, "identity"))))));
        return Genotype.of(16, 2, encoder, decoder, null);
    }

    static EncoderDecoder derived(DataType type) {
        NetworkConfig config = new NetworkConfig(VOCAB, 16, 2, 2, 0.1, 0.1, true, type, 7);
        return EncoderDecoder.reversible(config, 2, new DerivedCells(everyOpKind(), 2, 2, 0.1));
    }

    static EncoderDecoder baseline(DataType type) {
        return EncoderDecoder.baseline(new NetworkConfig(VOCAB, 16, 2, 2, 0.1, 0.1, false, type, 7), 4, 32);
    }

    private static void stepByStepLogProbsAgree(EncoderDecoder model) {
        Batch.Sources src = Batch.Sources.of(SOURCES, SpecialTokens.DEFAULT, DataType.DOUBLE);
        Encoded encoded = model.encode(src.ids(), src.mask());
        long[][] prefix = {{1, 20, 21, 22, 23, 24}, {1, 25, 26, 27, 28, 29}, {1, 4, 4, 5, 6, 7}};
        DecodeCache cache = new DecodeCache();
        for (int t = 0; t < prefix[0].length; t++) {
            long[] last = {prefix[0][t], prefix[1][t], prefix[2][t]};
            INDArray incremental = model.nextLogProbs(encoded, Nd4j.createFromArray(last), cache);
            long[][] soFar = new long[3][t + 1];
            for (int r = 0; r < 3; r++) {
                System.arraycopy(prefix[r], 0, soFar[r], 0, t + 1);
            }
            INDArray full = model.nextLogProbsRecomputing(encoded, Nd4j.createFromArray(soFar));
            double diff = Transforms.abs(incremental.sub(full)).maxNumber().doubleValue();
            assertTrue(diff < 1e-10, "position " + t + ": max difference " + diff);
        }
    }

    private static void sameTranslations(EncoderDecoder model, int beam) {
        var settings = new DecodingSettings(beam, 1.0, 1.5, 4);
        var cached = new BeamSearch(model, settings, SpecialTokens.DEFAULT, true).search(SOURCES);
        var recomputed = new BeamSearch(model, settings, SpecialTokens.DEFAULT, false).search(SOURCES);
        for (int s = 0; s < SOURCES.size(); s++) {
            assertArrayEquals(recomputed.get(s).tokens(), cached.get(s).tokens(), "sentence " + s + ", beam " + beam);
            assertTrue(Math.abs(recomputed.get(s).score() - cached.get(s).score()) < 1e-9);
        }
    }

    @Test
    void derivedNetworkLogProbsAreTheSameWithTheCache() {
        stepByStepLogProbsAgree(derived(DataType.DOUBLE));
    }

    @Test
    void baselineLogProbsAreTheSameWithTheCache() {
        stepByStepLogProbsAgree(baseline(DataType.DOUBLE));
    }

    @Test
    void beamSearchOutputsAreTheSameWithTheCache() {
        EncoderDecoder model = derived(DataType.DOUBLE);
        sameTranslations(model, 1);
        sameTranslations(model, 4);
        sameTranslations(baseline(DataType.DOUBLE), 3);
    }
}
