package dev.revnas.translate.translate;

import org.springframework.http.HttpStatus;

/** A request the service refuses, with the status to answer and the field at fault. */
public final class BadRequestException extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    public BadRequestException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
