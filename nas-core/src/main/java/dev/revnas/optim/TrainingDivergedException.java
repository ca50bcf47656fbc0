package dev.revnas.optim;

/** The loss became NaN or infinite; training stops and keeps its last good checkpoint. */
public class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(String message) {
        super(message);
    }
}
