package dev.revnas.api.system;

import org.springframework.http.HttpStatus;

/** A request the API refuses: becomes an RFC 9457 problem detail with this status, naming the field when there is one. */
public class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final String field;

    public ApiProblem(HttpStatus status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    /** A value the request carries that is not allowed (the body parsed): 422, naming the field. */
    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", detail, field);
    }

    /** A body that is missing or is not JSON at all: 400, the one invalid input that is not a 422. */
    public static ApiProblem malformed(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed request", detail, null);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " " + id + " does not exist", null);
    }

    /** A reference inside a valid request that cannot be followed (an unknown dataset, an unfinished search). */
    public static ApiProblem unprocessable(String field, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", detail, field);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
