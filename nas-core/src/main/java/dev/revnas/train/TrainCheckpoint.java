package dev.revnas.train;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.data.BatchPosition;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.AtomicFiles;
import dev.revnas.io.Json;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.TensorArchive;
import dev.revnas.ops.Param;
import dev.revnas.optim.Adam;
import dev.revnas.store.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * A training's checkpoints in one directory: {@code last/} (weights, optimiser state, data
 * position and counters: everything an exact resume needs) and {@code epoch-N/} (the weights
 * at the end of epoch N, the last k of which are averaged into the final model).
 */
final class TrainCheckpoint {
    private static final String WEIGHTS = "weights.tensors";
    private static final String ADAM = "adam.tensors";
    private static final ObjectMapper JSON = Json.MAPPER;

    /** The loop's counters. */
    record State(String config, String corpusFingerprint, long step, long targetTokens, int optimizerSteps, BatchPosition position,
            long elapsedMillis, double trainLoss, Double validLoss, Double validBleu, double bestValidLoss,
            int epochsWithoutImprovement, List<Integer> epochSnapshots, boolean earlyStopped) {}

    private TrainCheckpoint() {}

    static void saveLast(Path dir, EncoderDecoder model, Adam adam, State state) {
        AtomicDirectory.write(dir.resolve(Checkpoints.LAST), true, tmp -> {
            TensorArchive.write(tmp.resolve(WEIGHTS), weights(model));
            TensorArchive.write(tmp.resolve(ADAM), adam.state());
            JSON.writeValue(tmp.resolve(Checkpoints.STATE).toFile(), state);
        });
    }

    static State loadLast(Path dir, EncoderDecoder model, Adam adam) {
        Path last = AtomicDirectory.resolve(dir.resolve(Checkpoints.LAST));
        AtomicDirectory.verify(last);
        ModelArtifact.loadWeights(last.resolve(WEIGHTS), model);
        try {
            State state = JSON.readValue(last.resolve(Checkpoints.STATE).toFile(), State.class);
            adam.restore(TensorArchive.read(last.resolve(ADAM)), state.optimizerSteps());
            return state;
        } catch (JacksonException e) {
            throw new InvalidInputException("cannot read " + last.resolve(Checkpoints.STATE) + ": " + e.getMessage(), e);
        }
    }

    static void saveEpoch(Path dir, int epoch, EncoderDecoder model) {
        AtomicDirectory.write(dir.resolve("epoch-" + epoch), true, tmp -> TensorArchive.write(tmp.resolve(WEIGHTS), weights(model)));
    }

    /** Keeps the newest {@code keep} epoch snapshots of {@code epochs}; returns those kept. */
    static List<Integer> prune(Path dir, List<Integer> epochs, int keep) throws IOException {
        List<Integer> kept = new ArrayList<>(epochs.subList(Math.max(0, epochs.size() - keep), epochs.size()));
        for (Integer e : epochs) {
            if (!kept.contains(e)) {
                AtomicFiles.deleteTree(dir.resolve("epoch-" + e));
            }
        }
        return kept;
    }

    /** Sets the model's weights to the mean of the given epoch snapshots. */
    static void average(Path dir, List<Integer> epochs, EncoderDecoder model) {
        List<Param> params = model.params();
        Map<String, INDArray> sum = new LinkedHashMap<>();
        for (Integer e : epochs) {
            Path snapshot = dir.resolve("epoch-" + e);
            AtomicDirectory.verify(snapshot);
            TensorArchive.read(snapshot.resolve(WEIGHTS)).forEach((name, v) -> sum.merge(name, v, INDArray::addi));
        }
        for (Param p : params) {
            p.value().assign(sum.get(p.name()).divi(epochs.size()));
        }
    }

    private static Map<String, INDArray> weights(EncoderDecoder model) {
        Map<String, INDArray> w = new LinkedHashMap<>();
        model.params().forEach(p -> w.put(p.name(), p.value()));
        return w;
    }
}
