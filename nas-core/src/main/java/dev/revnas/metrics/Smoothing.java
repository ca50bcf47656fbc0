package dev.revnas.metrics;

import dev.revnas.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * BLEU smoothing methods as sacreBLEU names them (Chen and Cherry 2014): {@code none},
 * {@code floor} (method 1), {@code add-k} (method 2), {@code exp} (method 3, mteval-v13a's).
 */
public enum Smoothing {
    NONE("none", null),
    FLOOR("floor", 0.1),
    ADD_K("add-k", 1.0),
    EXP("exp", null);

    private final String label;
    private final Double defaultValue;

    Smoothing(String label, Double defaultValue) {
        this.label = label;
        this.defaultValue = defaultValue;
    }

    /** The name sacreBLEU uses on its command line and in signatures. */
    public String label() {
        return label;
    }

    /** Whether the method takes a value (floor and add-k do). */
    public boolean takesValue() {
        return defaultValue != null;
    }

    /** sacreBLEU's default value: 0.1 for floor, 1 for add-k, 0 (unused) otherwise. */
    public double defaultValue() {
        return defaultValue == null ? 0.0 : defaultValue;
    }

    public static Smoothing named(String name) {
        for (Smoothing s : values()) {
            if (s.label.equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException("smoothing '" + name + "' is not supported; allowed: "
                + Arrays.stream(values()).map(Smoothing::label).collect(Collectors.joining(", ")));
    }
}
