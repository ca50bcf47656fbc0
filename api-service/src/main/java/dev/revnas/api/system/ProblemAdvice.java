package dev.revnas.api.system;

import dev.revnas.InvalidInputException;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem detail. Spring MVC's own (415, 405, 413, ...) come from the
 * base class; bad input names its field in {@code detail} and, where known, in {@code field}.
 * Invalid input is 422 (the request parsed, but a value is not allowed: unknown or missing fields,
 * wrong types, out-of-range values, bad parameters); only a body that is missing or not JSON at
 * all is 400.
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
        return invalid(e.getMessage(), e.field());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.warn("constraint violated: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "the request conflicts with the stored state", null);
    }

    /** A multipart body that does not parse (cut short, a bad part header or file name) is the client's, not a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return malformed("the multipart body cannot be read: " + e.getMostSpecificCause().getMessage());
    }

    /** A query string or form Tomcat cannot decode; its own message says the value "has been ignored", which it has not. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException e) {
        return malformed("the query string cannot be decoded: a '%' without two hex digits after it, a parameter without a name "
                + "or bytes that are not UTF-8");
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
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return cast(invalid("unknown field '" + field + "'; known fields: " + unknown.getKnownPropertyIds(), field));
        } else if (isContent(cause) && !((JacksonException) cause).getPath().isEmpty()) {
            JacksonException bad = (JacksonException) cause;
            String field = bad.getPathReference().replaceAll(".*\\[\"?|\"?]$", "");
            return cast(invalid("field '" + field + "': " + bad.getOriginalMessage(), field));
        } else if (cause instanceof MismatchedInputException bad && bad.getOriginalMessage().startsWith("No content to map")) {
            return cast(malformed("the body is missing (only whitespace)")); // Jackson's wording for an input without a token
        } else if (isContent(cause)) {
            return cast(invalid("the body must be a JSON object: " + ((JacksonException) cause).getOriginalMessage(), null));
        } else if (cause instanceof JacksonException bad) {
            return cast(malformed("the body is not valid JSON: " + bad.getOriginalMessage()));
        }
        return cast(malformed("the body is missing or unreadable"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        String field = e.getBindingResult().getFieldErrors().isEmpty() ? null : e.getBindingResult().getFieldErrors().get(0).getField();
        return cast(invalid(detail, field));
    }

    /** A path variable or query parameter of the wrong type ({@code size=ten}, an id that is not a UUID). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String field = e.getPropertyName();
        String type = e.getRequiredType() == null ? "the expected type" : e.getRequiredType().getSimpleName();
        return cast(invalid(field + " is '" + e.getValue() + "', which is not a " + type, field));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(invalid(e.getParameterName() + " is required", e.getParameterName()));
    }

    /** The JSON parsed but does not fit the type: a wrong type or shape, or a number out of the field's range. */
    private static boolean isContent(Throwable cause) {
        return cause instanceof DatabindException || cause instanceof InputCoercionException;
    }

    private static ResponseEntity<ProblemDetail> invalid(String detail, String field) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", detail, field);
    }

    private static ResponseEntity<ProblemDetail> malformed(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail, null);
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
