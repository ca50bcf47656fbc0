package dev.revnas.train;

/** Receives a training's progress; may ask it to stop (checked once per update). */
public interface TrainListener {

    void onProgress(TrainProgress progress);

    /** True stops the training after saving a checkpoint (it can be resumed). */
    default boolean stopRequested() {
        return false;
    }

    default void onCheckpoint(long step) {}

    /** A phase that is not a training step (vocabulary, validation, averaging, test decoding). */
    default void onPhase(String phase) {}

    TrainListener NONE = progress -> {};
}
