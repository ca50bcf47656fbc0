package dev.revnas.translate.model;

/** No model of that name is deployed. */
public final class UnknownModelException extends RuntimeException {
    private final String model;

    public UnknownModelException(String model, String message) {
        super(message);
        this.model = model;
    }

    public String model() {
        return model;
    }
}
