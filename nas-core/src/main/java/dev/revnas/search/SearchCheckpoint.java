package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.data.BatchPosition;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.Json;
import dev.revnas.model.TensorArchive;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import dev.revnas.store.Checkpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * A search checkpoint: weights and α, both optimisers' states, the data positions of both
 * halves and the loop's counters. Randomness is a function of (seed, step), so this is all
 * a resumed search needs to continue exactly as an uninterrupted one.
 */
final class SearchCheckpoint {
    static final String WEIGHTS = "weights.tensors";
    static final String ADAM_WEIGHTS = "adam-weights.tensors";
    static final String ADAM_ALPHAS = "adam-alphas.tensors";
    private static final ObjectMapper JSON = Json.MAPPER;

    /** The loop's counters and history. */
    record State(String config, String corpusFingerprint, long step, long targetTokens, int weightSteps, int alphaSteps,
            BatchPosition weightPosition, BatchPosition archPosition, long elapsedMillis,
            double trainLoss, Double validLoss, List<SearchResult.AlphaSnapshot> alphaHistory) {}

    private SearchCheckpoint() {}

    static void save(Path dir, List<Param> params, Adam weights, Adam alphas, State state) {
        AtomicDirectory.write(dir, true, tmp -> {
            Map<String, INDArray> values = new LinkedHashMap<>();
            params.forEach(p -> values.put(p.name(), p.value()));
            TensorArchive.write(tmp.resolve(WEIGHTS), values);
            TensorArchive.write(tmp.resolve(ADAM_WEIGHTS), weights.state());
            TensorArchive.write(tmp.resolve(ADAM_ALPHAS), alphas.state());
            JSON.writeValue(tmp.resolve(Checkpoints.STATE).toFile(), state);
        });
    }

    static boolean exists(Path dir) {
        return Files.isDirectory(AtomicDirectory.resolve(dir));
    }

    /** Restores parameters and optimisers in place; returns the loop state. */
    static State load(Path dir, List<Param> params, Adam weights, Adam alphas) {
        Path from = AtomicDirectory.resolve(dir);
        AtomicDirectory.verify(from);
        Map<String, INDArray> values = TensorArchive.read(from.resolve(WEIGHTS));
        for (Param p : params) {
            INDArray v = values.get(p.name());
            if (v == null || !java.util.Arrays.equals(v.shape(), p.value().shape())) {
                throw new InvalidInputException("checkpoint " + from + " does not match this search: parameter "
                        + p.name() + (v == null ? " is missing" : " has shape " + java.util.Arrays.toString(v.shape())));
            }
            p.value().assign(v);
        }
        try {
            State state = JSON.readValue(from.resolve(Checkpoints.STATE).toFile(), State.class);
            weights.restore(TensorArchive.read(from.resolve(ADAM_WEIGHTS)), state.weightSteps());
            alphas.restore(TensorArchive.read(from.resolve(ADAM_ALPHAS)), state.alphaSteps());
            return state;
        } catch (JacksonException e) {
            throw new InvalidInputException("cannot read " + from.resolve(Checkpoints.STATE) + ": " + e.getMessage(), e);
        }
    }
}
