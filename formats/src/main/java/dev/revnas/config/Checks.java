package dev.revnas.config;

import dev.revnas.InvalidInputException;

/** Range checks for config records: the message names the field, its value and what is allowed. */
public final class Checks {
    private Checks() {}

    public static void positive(String field, double value) {
        if (!(value > 0)) {
            throw InvalidInputException.at(field, field + " is " + value + "; it must be > 0");
        }
    }

    public static void nonNegative(String field, double value) {
        if (!(value >= 0)) {
            throw InvalidInputException.at(field, field + " is " + value + "; it must be ≥ 0");
        }
    }

    public static void inRange(String field, double value, double lowInclusive, double highExclusive) {
        if (!(value >= lowInclusive && value < highExclusive)) {
            throw InvalidInputException.at(field, field + " is " + value + "; it must be in [" + lowInclusive + ", " + highExclusive + ")");
        }
    }

    public static void atLeast(String field, long value, long min) {
        if (value < min) {
            throw InvalidInputException.at(field, field + " is " + value + "; it must be at least " + min);
        }
    }
}
