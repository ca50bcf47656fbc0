package dev.revnas.artifact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.revnas.InvalidInputException;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.decode.BeamSearch;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.TensorArchive;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.Genotype;
import dev.revnas.model.GenotypeJson;
import dev.revnas.model.NetworkConfig;
import dev.revnas.ops.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained model as one directory: {@code model.json} (architecture, size, decoding defaults,
 * provenance), {@code vocab.json}, {@code weights.tensors}, {@code metrics.json} and
 * {@code checksums.json}. Written whole or not at all; loading verifies every checksum and
 * that the weights fit the architecture.
 */
public final class ModelArtifact {
    public static final String MODEL = "model.json";
    public static final String VOCABULARY = "vocab.json";
    public static final String WEIGHTS = "weights.tensors";
    public static final String METRICS = "metrics.json";
    public static final String KIND = "revnas-model";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

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

    public record Network(int vocab, int hidden, int encoderLayers, int decoderLayers, double dropout,
            double labelSmoothing, boolean tiedEmbeddings, long seed) {
        NetworkConfig config(DataType type) {
            return new NetworkConfig(vocab, hidden, encoderLayers, decoderLayers, dropout, labelSmoothing, tiedEmbeddings, type, seed);
        }

        static Network of(NetworkConfig c) {
            return new Network(c.vocab(), c.hidden(), c.encoderLayers(), c.decoderLayers(), c.dropout(), c.labelSmoothing(),
                    c.tiedEmbeddings(), c.seed());
        }
    }

    public record Decoding(int beam, double lengthPenalty, double maxLengthRatio, int maxLengthOffset) {
        public BeamSearch.Settings settings() {
            return new BeamSearch.Settings(beam, lengthPenalty, maxLengthRatio, maxLengthOffset);
        }
    }

    /** model.json. */
    public record Manifest(String kind, int version, Architecture architecture, Network network, String pair,
            String source, String target, Decoding decoding, Map<String, Object> provenance) {}

    /** A loaded model, ready to translate. */
    public record Loaded(Path dir, Manifest manifest, EncoderDecoder model, BytePairEncoding vocabulary, Map<String, Object> metrics) {}

    private ModelArtifact() {}

    /** Builds the network an architecture describes (fresh weights). */
    public static EncoderDecoder build(Architecture architecture, NetworkConfig config) {
        if (architecture.isBaseline()) {
            return EncoderDecoder.baseline(config, architecture.heads(), architecture.ffn());
        }
        return EncoderDecoder.reversible(config, architecture.splits(),
                new DerivedCells(architecture.genotype(), config.encoderLayers(), config.decoderLayers(), config.dropout()));
    }

    public static Manifest manifest(Architecture architecture, NetworkConfig config, String pair, String source, String target,
            BeamSearch.Settings decoding, Map<String, Object> provenance) {
        return new Manifest(KIND, VERSION, architecture, Network.of(config), pair, source, target,
                new Decoding(decoding.beam(), decoding.lengthPenalty(), decoding.maxLengthRatio(), decoding.maxLengthOffset()),
                provenance);
    }

    public static void write(Path dir, Manifest manifest, EncoderDecoder model, BytePairEncoding vocabulary,
            Map<String, Object> metrics) {
        AtomicDirectory.write(dir, true, tmp -> {
            JSON.writeValue(tmp.resolve(MODEL).toFile(), manifest);
            vocabulary.save(tmp.resolve(VOCABULARY));
            Map<String, INDArray> weights = new LinkedHashMap<>();
            model.params().forEach(p -> weights.put(p.name(), p.value()));
            TensorArchive.write(tmp.resolve(WEIGHTS), weights);
            JSON.writeValue(tmp.resolve(METRICS).toFile(), metrics);
        });
    }

    public static Loaded load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("model directory " + dir + " does not exist");
        }
        AtomicDirectory.verify(dir, MODEL, VOCABULARY, WEIGHTS, METRICS);
        Manifest manifest;
        Map<String, Object> metrics;
        try {
            manifest = JSON.readValue(dir.resolve(MODEL).toFile(), Manifest.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(dir.resolve(METRICS).toFile(), Map.class);
            metrics = m;
        } catch (IOException e) {
            throw new InvalidInputException("model " + dir + ": cannot read " + MODEL + " or " + METRICS + ": " + e.getMessage(), e);
        }
        if (manifest == null || metrics == null) {
            throw new InvalidInputException("model " + dir + ": " + (manifest == null ? MODEL : METRICS) + " holds null, not an object");
        }
        if (!KIND.equals(manifest.kind()) || manifest.version() != VERSION) {
            throw new InvalidInputException("model " + dir + " is " + manifest.kind() + " version " + manifest.version()
                    + "; this build reads " + KIND + " version " + VERSION);
        }
        if (manifest.architecture() == null || manifest.network() == null || manifest.decoding() == null) {
            throw new InvalidInputException("model " + dir + ": " + MODEL + " lacks its architecture, network or decoding");
        }
        if (!manifest.architecture().isBaseline()) {
            GenotypeJson.validateTrained(manifest.architecture().genotype(), "in " + dir.resolve(MODEL));
        }
        BytePairEncoding vocabulary = BytePairEncoding.load(dir.resolve(VOCABULARY));
        if (vocabulary.vocabulary().size() != manifest.network().vocab()) {
            throw new InvalidInputException("model " + dir + ": the vocabulary has " + vocabulary.vocabulary().size()
                    + " entries but the network expects " + manifest.network().vocab());
        }
        EncoderDecoder model;
        try {
            manifest.decoding().settings();
            checkSize(manifest, dir.resolve(WEIGHTS));
            model = build(checked(manifest.architecture()), manifest.network().config(DataType.FLOAT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("model " + dir + ": " + MODEL + ": " + e.getMessage(), e);
        }
        loadWeights(dir.resolve(WEIGHTS), model);
        return new Loaded(dir, manifest, model, vocabulary, metrics);
    }

    /** The fields {@link #build} reads, present and of the known types. */
    private static Architecture checked(Architecture a) {
        if (a.isBaseline()) {
            if (a.heads() == null || a.ffn() == null || a.heads() < 1 || a.ffn() < 1) {
                throw new InvalidInputException("the baseline needs heads and ffn of at least 1, got " + a.heads() + " and " + a.ffn());
            }
        } else if (!"reversible".equals(a.type())) {
            throw new InvalidInputException("architecture type '" + a.type() + "' is neither 'reversible' nor 'baseline'");
        } else if (a.splits() == null || a.splits() != a.genotype().splits()) {
            throw new InvalidInputException("architecture splits " + a.splits() + " differ from the genotype's " + a.genotype().splits());
        }
        return a;
    }

    /**
     * The embedding table (vocab × hidden) and each layer's norms (at least hidden each) must fit the weights
     * file as floats: absurd sizes fail here, before the network is allocated.
     */
    private static void checkSize(Manifest manifest, Path weights) {
        Network n = manifest.network();
        long bytes;
        try {
            bytes = Files.size(weights);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the size of " + weights + ": " + e.getMessage(), e);
        }
        long layers = (long) Math.max(n.encoderLayers(), 0) + Math.max(n.decoderLayers(), 0);
        double least = 4.0 * Math.max(n.hidden(), 0) * ((double) Math.max(n.vocab(), 0) + layers);
        if (least > bytes) {
            throw new InvalidInputException(String.format("network vocab %d, hidden %d and %d + %d layers need at least %.0f bytes"
                    + " of weights; %s has %d", n.vocab(), n.hidden(), n.encoderLayers(), n.decoderLayers(), least, WEIGHTS, bytes));
        }
    }

    /** Assigns saved weights by name; a missing or misshapen tensor means another architecture. */
    public static void loadWeights(Path file, EncoderDecoder model) {
        Map<String, INDArray> saved = TensorArchive.read(file);
        for (Param p : model.params()) {
            INDArray v = saved.get(p.name());
            if (v == null) {
                throw new InvalidInputException(file + " does not fit this architecture: it has no " + p.name());
            }
            if (!Arrays.equals(v.shape(), p.value().shape())) {
                throw new InvalidInputException(file + " does not fit this architecture: " + p.name() + " is "
                        + Arrays.toString(v.shape()) + ", expected " + Arrays.toString(p.value().shape()));
            }
            p.value().assign(v);
        }
        if (saved.size() != model.params().size()) {
            throw new InvalidInputException(file + " has " + saved.size() + " tensors; the architecture has " + model.params().size());
        }
    }
}
