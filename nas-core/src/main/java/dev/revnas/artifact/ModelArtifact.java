package dev.revnas.artifact;

import dev.revnas.InvalidInputException;
import dev.revnas.config.DecodingSettings;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.decode.Nd4jSteps;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.Json;
import dev.revnas.model.DerivedCells;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.TensorArchive;
import dev.revnas.ops.Param;
import dev.revnas.store.ModelManifest.Architecture;
import dev.revnas.store.ModelManifest.Network;
import dev.revnas.store.ModelManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * A trained model as one directory: {@code model.json} (architecture, size, decoding defaults,
 * provenance), {@code vocab.json}, {@code weights.tensors}, {@code metrics.json} and
 * {@code checksums.json}. Written whole or not at all; loading verifies every checksum and
 * that the weights fit the architecture.
 */
public final class ModelArtifact {
    private static final ObjectWriter WRITER = Json.WITHOUT_NULLS.writer(SerializationFeature.INDENT_OUTPUT);

    /** A loaded model, ready to translate. */
    public record Loaded(Path dir, ModelManifest manifest, EncoderDecoder model, BytePairEncoding vocabulary, Map<String, Object> metrics) {
        /** ND4J's cached decoding steps over this model; the caller closes them. */
        public Nd4jSteps nd4jSteps() {
            return new Nd4jSteps(model, vocabulary.vocabulary().special(), true);
        }
    }

    private ModelArtifact() {}

    /** Builds the network an architecture describes (fresh weights). */
    public static EncoderDecoder build(Architecture architecture, NetworkConfig config) {
        if (architecture.isBaseline()) {
            return EncoderDecoder.baseline(config, architecture.heads(), architecture.ffn());
        }
        return EncoderDecoder.reversible(config, architecture.splits(),
                new DerivedCells(architecture.genotype(), config.encoderLayers(), config.decoderLayers(), config.dropout()));
    }

    public static ModelManifest manifest(Architecture architecture, NetworkConfig config, String pair, String source, String target,
            DecodingSettings decoding, Map<String, Object> provenance) {
        return new ModelManifest(ModelManifest.KIND, ModelManifest.VERSION, architecture, network(config), pair, source, target,
                ModelManifest.Decoding.of(decoding), provenance);
    }

    /** The manifest's record of a network's sizes and settings. */
    public static Network network(NetworkConfig c) {
        return new Network(c.vocab(), c.hidden(), c.encoderLayers(), c.decoderLayers(), c.dropout(), c.labelSmoothing(),
                c.tiedEmbeddings(), c.seed());
    }

    /** The network a manifest describes, in a data type. */
    public static NetworkConfig networkConfig(Network n, DataType type) {
        return new NetworkConfig(n.vocab(), n.hidden(), n.encoderLayers(), n.decoderLayers(), n.dropout(), n.labelSmoothing(),
                n.tiedEmbeddings(), type, n.seed());
    }

    public static void write(Path dir, ModelManifest manifest, EncoderDecoder model, BytePairEncoding vocabulary,
            Map<String, Object> metrics) {
        AtomicDirectory.write(dir, true, tmp -> {
            WRITER.writeValue(tmp.resolve(ModelManifest.FILE).toFile(), manifest);
            vocabulary.save(tmp.resolve(ModelManifest.VOCABULARY));
            Map<String, INDArray> weights = new LinkedHashMap<>();
            model.params().forEach(p -> weights.put(p.name(), p.value()));
            TensorArchive.write(tmp.resolve(ModelManifest.WEIGHTS), weights);
            WRITER.writeValue(tmp.resolve(ModelManifest.METRICS).toFile(), metrics);
        });
    }

    public static Loaded load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("model directory " + dir + " does not exist");
        }
        AtomicDirectory.verify(dir, ModelManifest.FILE, ModelManifest.VOCABULARY, ModelManifest.WEIGHTS, ModelManifest.METRICS);
        ModelManifest manifest;
        Map<String, Object> metrics;
        try {
            manifest = Json.lenient(ModelManifest.class).readValue(dir.resolve(ModelManifest.FILE).toFile());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = Json.lenient(Map.class).readValue(dir.resolve(ModelManifest.METRICS).toFile());
            metrics = m;
        } catch (JacksonException e) {
            throw new InvalidInputException("model " + dir + ": cannot read " + ModelManifest.FILE + " or " + ModelManifest.METRICS + ": " + e.getMessage(), e);
        }
        if (manifest == null || metrics == null) {
            throw new InvalidInputException("model " + dir + ": " + (manifest == null ? ModelManifest.FILE : ModelManifest.METRICS) + " holds null, not an object");
        }
        if (!ModelManifest.KIND.equals(manifest.kind()) || manifest.version() != ModelManifest.VERSION) {
            throw new InvalidInputException("model " + dir + " is " + manifest.kind() + " version " + manifest.version()
                    + "; this build reads " + ModelManifest.KIND + " version " + ModelManifest.VERSION);
        }
        if (manifest.architecture() == null || manifest.network() == null || manifest.decoding() == null) {
            throw new InvalidInputException("model " + dir + ": " + ModelManifest.FILE + " lacks its architecture, network or decoding");
        }
        if (!manifest.architecture().isBaseline()) {
            GenotypeJson.validateTrained(manifest.architecture().genotype(), "in " + dir.resolve(ModelManifest.FILE));
        }
        BytePairEncoding vocabulary = BytePairEncoding.load(dir.resolve(ModelManifest.VOCABULARY));
        if (vocabulary.vocabulary().size() != manifest.network().vocab()) {
            throw new InvalidInputException("model " + dir + ": the vocabulary has " + vocabulary.vocabulary().size()
                    + " entries but the network expects " + manifest.network().vocab());
        }
        EncoderDecoder model;
        try {
            manifest.decoding().settings();
            checkSize(manifest, dir.resolve(ModelManifest.WEIGHTS));
            model = build(checked(manifest.architecture()), networkConfig(manifest.network(), DataType.FLOAT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("model " + dir + ": " + ModelManifest.FILE + ": " + e.getMessage(), e);
        }
        loadWeights(dir.resolve(ModelManifest.WEIGHTS), model);
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
    private static void checkSize(ModelManifest manifest, Path weights) {
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
                    + " of weights; %s has %d", n.vocab(), n.hidden(), n.encoderLayers(), n.decoderLayers(), least, ModelManifest.WEIGHTS, bytes));
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
