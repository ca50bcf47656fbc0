package dev.revnas.translate.model;

/** The model is deployed but cannot serve now: still loading, or its artifact failed to load. */
public final class ModelUnavailableException extends RuntimeException {
    private final String model;
    private final ModelStatus status;

    public ModelUnavailableException(String model, ModelStatus status, String message) {
        super(message);
        this.model = model;
        this.status = status;
    }

    public String model() {
        return model;
    }

    public ModelStatus status() {
        return status;
    }
}
