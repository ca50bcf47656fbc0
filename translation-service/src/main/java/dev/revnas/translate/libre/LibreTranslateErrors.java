package dev.revnas.translate.libre;

import dev.revnas.translate.access.RateLimitedException;
import dev.revnas.translate.model.ModelUnavailableException;
import dev.revnas.translate.model.UnknownModelException;
import dev.revnas.translate.translate.BadRequestException;
import dev.revnas.translate.translate.TranslationTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The LibreTranslate controller's refusals, worded and numbered as LibreTranslate does (400 for any invalid
 * request). Errors raised before it runs (405, 415, a body that cannot be parsed) are ApiProblems', which
 * answers them in the same {"error": "..."} shape on this surface.
 */
@RestControllerAdvice(assignableTypes = LibreTranslateController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LibreTranslateErrors {

    @ExceptionHandler
    ResponseEntity<Object> libre(LibreTranslateException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Object> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid request: " + e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        String why = e.getMostSpecificCause() instanceof JacksonException j ? j.getOriginalMessage() : "it is missing or unreadable";
        return error(HttpStatus.BAD_REQUEST, "Invalid request: the body is not a JSON object: " + why);
    }

    /** The model was undeployed between choosing and leasing it. */
    @ExceptionHandler
    ResponseEntity<Object> unknown(UnknownModelException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({ModelUnavailableException.class, TranslationTimeoutException.class})
    ResponseEntity<Object> unavailable(RuntimeException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** As LibreTranslate words it ("Slowdown: 120 per 1 minute"), with Retry-After in seconds. */
    @ExceptionHandler
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return LibreTranslateSurface.error(HttpStatus.TOO_MANY_REQUESTS, headers,
                "Slowdown: " + e.perMinute() + " per 1 minute; retry in " + e.retryAfterSeconds() + " s");
    }

    private static ResponseEntity<Object> error(HttpStatus status, String message) {
        return LibreTranslateSurface.error(status, HttpHeaders.EMPTY, message);
    }
}
