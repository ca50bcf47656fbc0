package dev.revnas.metrics;

import dev.revnas.InvalidInputException;
import java.util.List;

/** A sacreBLEU tokenizer: turns a line into space-separated tokens before n-grams are counted. */
public interface Tokenizer {
    /** The names {@link #named} accepts, as sacreBLEU spells them. */
    List<String> NAMES = List.of("13a", "none", "intl", "char");

    String tokenize(String line);

    /** The name that goes into the signature's {@code tok:} field. */
    String signature();

    static Tokenizer named(String name) {
        return switch (name) {
            case "13a" -> new Tokenizer13a();
            case "none" -> new TokenizerNone();
            case "intl" -> new TokenizerIntl();
            case "char" -> new TokenizerChar();
            default -> throw new InvalidInputException("tokenizer '" + name + "' is not supported; allowed: " + String.join(", ", NAMES));
        };
    }
}
