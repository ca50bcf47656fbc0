package dev.revnas.store;

import dev.revnas.config.DecodingSettings;
import dev.revnas.genotype.Genotype;
import java.util.Map;

/**
 * model.json, the manifest of a trained model's directory: what network to build, how to decode with
 * it and where it came from. The directory also holds the vocabulary, the weights and the test metrics
 * (the file names below); {@code artifact.ModelArtifact} writes and loads the whole directory.
 */
public record ModelManifest(String kind, int version, Architecture architecture, Network network, String pair,
        String source, String target, Decoding decoding, Map<String, Object> provenance) {
    public static final String FILE = "model.json";
    public static final String VOCABULARY = "vocab.json";
    public static final String WEIGHTS = "weights.tensors";
    public static final String METRICS = "metrics.json";
    public static final String KIND = "revnas-model";
    public static final int VERSION = 1;

    /** "reversible" with splits and a genotype, or "baseline" with heads and FFN width. */
    public record Architecture(String type, Integer splits, Genotype genotype, Integer heads, Integer ffn) {
        public static Architecture reversible(int splits, Genotype genotype) {
            return new Architecture("reversible", splits, genotype, null, null);
        }

        public static Architecture baseline(int heads, int ffn) {
            return new Architecture("baseline", null, null, heads, ffn);
        }

        public boolean isBaseline() {
            return "baseline".equals(type);
        }
    }

    /** The network's sizes and training-time settings. */
    public record Network(int vocab, int hidden, int encoderLayers, int decoderLayers, double dropout,
            double labelSmoothing, boolean tiedEmbeddings, long seed) {}

    public record Decoding(int beam, double lengthPenalty, double maxLengthRatio, int maxLengthOffset) {
        public static Decoding of(DecodingSettings s) {
            return new Decoding(s.beam(), s.lengthPenalty(), s.maxLengthRatio(), s.maxLengthOffset());
        }

        public DecodingSettings settings() {
            return new DecodingSettings(beam, lengthPenalty, maxLengthRatio, maxLengthOffset);
        }
    }
}
