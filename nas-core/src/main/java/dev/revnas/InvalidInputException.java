package dev.revnas;

/**
 * Bad input found at an edge (config, corpus, model files): the message names what is wrong,
 * and the CLI prints it without a stack trace and exits with exit code 2.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
