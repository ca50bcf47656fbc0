package dev.revnas.translate.translate;

/** The translations did not come back within revnas.translate.request-timeout. */
public final class TranslationTimeoutException extends RuntimeException {
    public TranslationTimeoutException(String message) {
        super(message);
    }
}
