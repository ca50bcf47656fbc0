package dev.revnas.train;

import dev.revnas.model.Batch;

/**
 * An endless, deterministic sequence of batches, epoch after epoch, whose position can be
 * saved and restored so that a resumed run reads exactly the batches it would have read.
 */
public interface BatchStream {

    /** Where the stream is: the batch {@code index} of epoch {@code epoch} comes next. */
    record Position(int epoch, int index) {}

    Batch next();

    Position position();

    void seek(Position position);

    /** Batches in one epoch. */
    int batchesPerEpoch();
}
