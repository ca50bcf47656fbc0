package dev.revnas.translate.system;

import dev.revnas.InvalidInputException;
import dev.revnas.translate.access.RateLimitedException;
import dev.revnas.translate.model.ModelUnavailableException;
import dev.revnas.translate.model.UnknownModelException;
import dev.revnas.translate.translate.BadRequestException;
import dev.revnas.translate.translate.TranslationTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;

/** Every error of the /api/v1 surface as an RFC 9457 problem detail naming the field or model. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler
    ProblemDetail unknownModel(UnknownModelException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Unknown model");
        p.setProperty("field", "model");
        p.setProperty("model", e.model());
        return p;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(ModelUnavailableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("Model unavailable");
        if (e.model() != null) {
            p.setProperty("model", e.model());
        }
        p.setProperty("modelStatus", e.status());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> timeout(TranslationTimeoutException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setProperty("limitPerMinute", e.perMinute());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(p);
    }

    /**
     * The body could not be bound: a wrong type for a field parsed as JSON, so it is invalid input (422,
     * naming the field); a body that is missing or not JSON at all is malformed (400).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        boolean content = cause instanceof DatabindException || cause instanceof InputCoercionException; // parsed, wrong type
        ProblemDetail p;
        if (content && !((JacksonException) cause).getPath().isEmpty()) {
            JacksonException bad = (JacksonException) cause;
            String field = bad.getPathReference().replaceAll(".*\\[\"?|\"?]$", "");
            p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "field '" + field + "': " + bad.getOriginalMessage());
            p.setProperty("field", field);
        } else if (content && !((JacksonException) cause).getOriginalMessage().startsWith("No content to map")) {
            p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "the body must be a JSON object: " + ((JacksonException) cause).getOriginalMessage());
        } else if (cause instanceof JacksonException bad && !content) {
            p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + bad.getOriginalMessage());
        } else {
            p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is missing or unreadable");
        }
        return ResponseEntity.status(p.getStatus()).body(p);
    }

    /** nas-core's own validation (e.g. beam settings): its message names the field. */
    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
}
