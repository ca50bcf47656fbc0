package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;

/** Parsing of option values shared by several commands. */
final class Options {
    private Options() {}

    static DataType dtype(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "double", "float64" -> DataType.DOUBLE;
            case "float", "float32" -> DataType.FLOAT;
            default -> throw new InvalidInputException("--dtype '" + name + "' is not supported; allowed: double, float");
        };
    }

    /** A comma-separated list of positive integers, e.g. "2,4,8". */
    static List<Integer> positiveInts(String option, String csv) {
        List<Integer> values = new ArrayList<>();
        for (String part : csv.split(",")) {
            try {
                int v = Integer.parseInt(part.trim());
                if (v < 1) {
                    throw new NumberFormatException();
                }
                values.add(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(option + " '" + csv + "': '" + part.trim() + "' is not a positive integer");
            }
        }
        return values;
    }

    /** A comma-separated list of names, each one of {@code allowed}, e.g. "nd4j,onnx". */
    static List<String> choices(String option, String csv, List<String> allowed) {
        List<String> values = new ArrayList<>();
        for (String part : csv.split(",")) {
            String name = part.trim();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(option + " '" + csv + "': '" + name + "' is not one of " + String.join(", ", allowed));
            }
            values.add(name);
        }
        return values;
    }

    static void requirePositive(String option, int value) {
        if (value < 1) {
            throw new InvalidInputException(option + " is " + value + "; it must be at least 1");
        }
    }
}
