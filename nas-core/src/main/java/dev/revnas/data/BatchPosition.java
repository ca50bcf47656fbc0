package dev.revnas.data;

import dev.revnas.InvalidInputException;

/** Where a batch stream stands: the epoch, and the index of the next batch in it; saved with checkpoints. */
public record BatchPosition(int epoch, int index) {
    public static final BatchPosition START = new BatchPosition(0, 0);

    public BatchPosition {
        if (epoch < 0 || index < 0) {
            throw new InvalidInputException("batch position (epoch " + epoch + ", index " + index + ") must not be negative");
        }
    }
}
