package dev.revnas.data;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Batch;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Training batches epoch after epoch, endlessly; {@link #position()} says where it stands, and
 * a stream started at a saved position yields exactly the batches the old one would have.
 */
public final class TokenBatchStream implements BatchStream {
    private final TokenBatcher batcher;
    private final DataType type;
    private int epoch;
    private int index;
    private List<int[]> batches;

    public TokenBatchStream(TokenBatcher batcher, DataType type, BatchPosition start) {
        this.batcher = batcher;
        this.type = type;
        seek(start);
    }

    @Override
    public void seek(BatchPosition start) {
        this.epoch = start.epoch();
        this.batches = batcher.epoch(epoch);
        if (start.index() > batches.size()) {
            throw new InvalidInputException("batch position " + start + " is past the " + batches.size() + " batches of epoch " + epoch);
        }
        this.index = start.index();
        rollOver();
    }

    @Override
    public BatchPosition position() {
        return new BatchPosition(epoch, index);
    }

    @Override
    public int batchesPerEpoch() {
        return batches.size();
    }

    @Override
    public Batch next() {
        return batcher.batch(nextIndices(), type);
    }

    /** The pair indices of the next batch, advancing as {@link #next()} does. */
    public int[] nextIndices() {
        int[] b = batches.get(index++);
        rollOver();
        return b;
    }

    private void rollOver() {
        if (index == batches.size()) {
            epoch++;
            index = 0;
            batches = batcher.epoch(epoch);
        }
    }
}
