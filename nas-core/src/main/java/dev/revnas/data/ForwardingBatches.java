package dev.revnas.data;

import dev.revnas.model.Batch;

/** A batch stream that passes another's batches, positions and seeks through; subclasses see each batch in {@link #next}. */
public abstract class ForwardingBatches implements BatchStream {
    private final BatchStream inner;

    protected ForwardingBatches(BatchStream inner) {
        this.inner = inner;
    }

    @Override
    public Batch next() {
        return inner.next();
    }

    @Override
    public BatchPosition position() {
        return inner.position();
    }

    @Override
    public void seek(BatchPosition position) {
        inner.seek(position);
    }

    @Override
    public int batchesPerEpoch() {
        return inner.batchesPerEpoch();
    }
}
