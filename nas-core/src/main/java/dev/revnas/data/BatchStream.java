package dev.revnas.data;

import dev.revnas.model.Batch;

/**
 * An endless, deterministic sequence of training batches, epoch after epoch, whose position
 * can be saved and restored so that a resumed run reads exactly the batches it would have read.
 */
public interface BatchStream {

    Batch next();

    /** The position of the next batch: its epoch and its index in that epoch. */
    BatchPosition position();

    void seek(BatchPosition position);

    /** Batches in the current epoch (token batching may cut a slightly different number each epoch). */
    int batchesPerEpoch();
}
