package dev.revnas.store;

import dev.revnas.io.AtomicDirectory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of a checkpoint directory, as search, training, the experiment pipeline and the worker
 * read it: a search keeps {@code state.json} (with its weights and α) at the top, a training keeps its
 * newest state in {@code last/} beside one snapshot per epoch. Each is written as an atomic directory.
 */
public final class Checkpoints {
    /** The training's newest checkpoint, a subdirectory. */
    public static final String LAST = "last";
    /** The step, positions and losses of a checkpoint, as JSON. */
    public static final String STATE = "state.json";

    private Checkpoints() {}

    /** Whether a training left a checkpoint to resume from in {@code dir}. */
    public static boolean hasTraining(Path dir) {
        return dir != null && Files.isDirectory(AtomicDirectory.resolve(dir.resolve(LAST)));
    }

    /** The state file of the newest training checkpoint in {@code dir}. */
    public static Path trainingState(Path dir) {
        return AtomicDirectory.resolve(dir.resolve(LAST)).resolve(STATE);
    }

    /** The state file of a search checkpoint in {@code dir}. */
    public static Path searchState(Path dir) {
        return AtomicDirectory.resolve(dir).resolve(STATE);
    }
}
