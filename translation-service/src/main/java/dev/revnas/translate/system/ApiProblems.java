package dev.revnas.translate.system;

import dev.revnas.InvalidInputException;
import dev.revnas.translate.access.RateLimitedException;
import dev.revnas.translate.libre.LibreTranslateSurface;
import dev.revnas.translate.model.ModelUnavailableException;
import dev.revnas.translate.model.UnknownModelException;
import dev.revnas.translate.translate.BadRequestException;
import dev.revnas.translate.translate.TranslationTimeoutException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the /api/v1 surface as an RFC 9457 problem detail naming the field or model; Spring MVC's
 * own (405, 406, 413, 415, ...) come from the base class. On the LibreTranslate surface the same errors are
 * answered in its {"error": "..."} shape (createResponseEntity), for what its controller's advice does not word itself.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler
    ResponseEntity<Object> badRequest(BadRequestException e, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setProperty("field", e.field());
        return answer(p, HttpHeaders.EMPTY, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownModel(UnknownModelException e, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Unknown model");
        p.setProperty("field", "model");
        p.setProperty("model", e.model());
        return answer(p, HttpHeaders.EMPTY, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unavailable(ModelUnavailableException e, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("Model unavailable");
        if (e.model() != null) {
            p.setProperty("model", e.model());
        }
        p.setProperty("modelStatus", e.status());
        return answer(p, retryAfter(5), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> timeout(TranslationTimeoutException e, WebRequest request) {
        return answer(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()), retryAfter(5), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> rateLimited(RateLimitedException e, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setProperty("limitPerMinute", e.perMinute());
        return answer(p, retryAfter(e.retryAfterSeconds()), request);
    }

    /** the shared formats' validation (e.g. beam settings): the field it names, when one is at fault. */
    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        return answer(p, HttpHeaders.EMPTY, request);
    }

    /** A multipart body that does not parse (no boundary, cut short, a bad part header) is the client's, not a 500. */
    @ExceptionHandler
    ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
        return answer(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the multipart body cannot be read: " + e.getMostSpecificCause().getMessage()), HttpHeaders.EMPTY, request);
    }

    /** A query string or form Tomcat cannot decode; its own message says the value "has been ignored", which it has not. */
    @ExceptionHandler
    ResponseEntity<Object> undecodableParameters(InvalidParameterException e, WebRequest request) {
        return answer(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the query string or form cannot be decoded: a '%' "
                + "without two hex digits after it, a parameter without a name, bytes that are not UTF-8 or a form over the size limit"),
                HttpHeaders.EMPTY, request);
    }

    /** The last resort: logged with its stack trace, answered without one. */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("request failed", e);
        return answer(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "the request failed; the server log has the cause"),
                HttpHeaders.EMPTY, request);
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
        return answer(p, headers, request);
    }

    /** Every answer of this class passes here: a problem, or on the LibreTranslate surface {"error": its detail}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (LibreTranslateSurface.serves(request)) {
            String detail = body instanceof ProblemDetail p ? p.getDetail() : null;
            return LibreTranslateSurface.error(status, headers, detail != null ? detail : "Invalid request");
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> answer(ProblemDetail p, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(p, headers, HttpStatusCode.valueOf(p.getStatus()), request);
    }

    private static HttpHeaders retryAfter(long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return headers;
    }
}
