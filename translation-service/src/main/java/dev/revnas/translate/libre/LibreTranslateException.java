package dev.revnas.translate.libre;

import org.springframework.http.HttpStatus;

/** An error answered as LibreTranslate answers it: the status and {"error": message}. */
final class LibreTranslateException extends RuntimeException {
    private final HttpStatus status;

    LibreTranslateException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
