package dev.revnas.api.system;

import dev.revnas.InvalidInputException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem detail. Spring MVC's own (415, 405, 413, ...) come from the
 * base class; bad input names its field in {@code detail} and, where known, in {@code field}.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        return problem(e.status(), e.title(), e.getMessage(), e.field());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), InvalidInputField.of(e.getMessage()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.warn("constraint violated: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "the request conflicts with the stored state", null);
    }

    /** The last resort: logged with its stack trace, answered without one. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the request failed; the server log has the cause", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String detail;
        String field = null;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            detail = "unknown field '" + field + "'; known fields: " + unknown.getKnownPropertyIds();
        } else if (cause instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            field = bad.getPathReference().replaceAll(".*\\[\"?|\"?]$", "");
            detail = "field '" + field + "': " + bad.getOriginalMessage();
        } else if (cause instanceof JacksonException bad) {
            detail = "the body is not valid JSON: " + bad.getOriginalMessage();
        } else {
            detail = "the body is missing or unreadable";
        }
        return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, field));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        String field = e.getBindingResult().getFieldErrors().isEmpty() ? null : e.getBindingResult().getFieldErrors().get(0).getField();
        return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, field));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (field != null) {
            p.setProperty("field", field);
        }
        return ResponseEntity.status(status).body(p);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> r) {
        return (ResponseEntity) r;
    }
}
