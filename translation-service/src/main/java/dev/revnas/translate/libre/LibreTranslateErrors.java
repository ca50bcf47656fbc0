package dev.revnas.translate.libre;

import dev.revnas.translate.access.RateLimitedException;
import dev.revnas.translate.model.ModelUnavailableException;
import dev.revnas.translate.model.UnknownModelException;
import dev.revnas.translate.translate.BadRequestException;
import dev.revnas.translate.translate.TranslationTimeoutException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the LibreTranslate surface in its own shape, {"error": "..."}, which its clients read. */
@RestControllerAdvice(assignableTypes = LibreTranslateController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LibreTranslateErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, String>> libre(LibreTranslateException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid request: " + e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid request: the body is not valid JSON");
    }

    /** The model was undeployed between choosing and leasing it. */
    @ExceptionHandler
    ResponseEntity<Map<String, String>> unknown(UnknownModelException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({ModelUnavailableException.class, TranslationTimeoutException.class})
    ResponseEntity<Map<String, String>> unavailable(RuntimeException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** As LibreTranslate words it ("Slowdown: 120 per 1 minute"), with Retry-After in seconds. */
    @ExceptionHandler
    ResponseEntity<Map<String, String>> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Map.of("error", "Slowdown: " + e.perMinute() + " per 1 minute; retry in " + e.retryAfterSeconds() + " s"));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
