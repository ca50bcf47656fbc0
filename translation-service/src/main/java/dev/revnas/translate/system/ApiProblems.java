package dev.revnas.translate.system;

import dev.revnas.InvalidInputException;
import dev.revnas.translate.model.ModelUnavailableException;
import dev.revnas.translate.model.UnknownModelException;
import dev.revnas.translate.translate.BadRequestException;
import dev.revnas.translate.translate.TranslationTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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

    /** nas-core's own validation (e.g. beam settings): its message names the field. */
    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
}
