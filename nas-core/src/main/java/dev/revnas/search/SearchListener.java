package dev.revnas.search;

/** Receives a search's progress; may ask it to stop (checked once per step). */
public interface SearchListener {

    void onProgress(SearchProgress progress);

    /** Called after every step; true stops the search after saving a checkpoint. */
    default boolean stopRequested() {
        return false;
    }

    /** Called after a checkpoint has been written (the platform records it). */
    default void onCheckpoint(long step) {}

    SearchListener NONE = progress -> {};
}
