package dev.revnas.experiment;

/** Hears an experiment's stages; stages are named {@code <pair>/<stage>}, e.g. {@code en-de/derived-seed1}. */
public interface ExperimentListener {

    /** @param how "starting", "resuming from its checkpoint" or "redoing: <why>" */
    default void onStageStart(String stage, String how) {}

    /**
     * @param phase "search", "train" or "evaluate"
     * @param fraction of the phase done, 0..1
     */
    default void onProgress(String stage, String phase, double fraction, double etaSeconds) {}

    default void onStageDone(String stage) {}

    /** A line for the log: a stage skipped as finished, redone, or why. */
    default void onLog(String line) {}

    ExperimentListener NONE = new ExperimentListener() {};
}
