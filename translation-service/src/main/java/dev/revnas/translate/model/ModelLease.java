package dev.revnas.translate.model;

/** A request's hold on a served model: the model stays up until it is closed. */
public final class ModelLease implements AutoCloseable {
    private final ServedModel model;
    private boolean closed;

    ModelLease(ServedModel model) {
        this.model = model;
    }

    public ServedModel model() {
        return model;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            model.release();
        }
    }
}
