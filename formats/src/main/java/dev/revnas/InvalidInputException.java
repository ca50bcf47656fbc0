package dev.revnas;

/**
 * Bad input found at an edge (config, corpus, model files): the message names what is wrong,
 * and the CLI prints it without a stack trace and exits with exit code 2. When one field of a
 * config or request is at fault, {@link #field()} names it by its path ("budget.steps",
 * "searchSpace.ops", "pairs.en-de.corpus"), so that an HTTP answer can carry it without reading
 * the message.
 */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String message) {
        this(null, message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private InvalidInputException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** Bad input in one field; the message still names it, for the command line. */
    public static InvalidInputException at(String field, String message) {
        return new InvalidInputException(field, message, null);
    }

    /** The field at fault as a path, or null when the input as a whole is (a file, a body that is not an object). */
    public String field() {
        return field;
    }

    /** The same error found inside a field: the message and the field path both start with it. */
    public InvalidInputException under(String outer) {
        String inner = field == null ? outer : outer + "." + field;
        return new InvalidInputException(inner, outer + ": " + getMessage(), getCause());
    }
}
