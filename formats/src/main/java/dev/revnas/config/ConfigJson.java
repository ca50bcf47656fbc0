package dev.revnas.config;

import dev.revnas.InvalidInputException;
import dev.revnas.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Strict JSON for config records: an unknown field, a wrong type or a failed validation
 * becomes one {@link InvalidInputException} naming the field.
 */
public final class ConfigJson {
    private static final ObjectMapper JSON = Json.WITHOUT_NULLS;

    private ConfigJson() {}

    public static <T> T parse(String json, String source, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.at(field(e), source + ": unknown field '" + e.getPropertyName() + "' at " + path(e)
                    + "; known fields: " + e.getKnownPropertyIds());
        } catch (InvalidFormatException e) {
            throw InvalidInputException.at(field(e), source + ": field " + path(e) + " has value " + e.getValue()
                    + ", which is not a " + e.getTargetType().getSimpleName());
        } catch (DatabindException | InputCoercionException e) {
            // InputCoercionException: a number too large for its field, the parser's error, but it knows the field
            if (e.getCause() instanceof InvalidInputException bad) {
                String field = bad.field() == null ? field(e) : qualified(e, bad.field());
                throw InvalidInputException.at(field, source + ": " + qualified(e, bad.getMessage()));
            }
            throw InvalidInputException.at(field(e), source + ": " + e.getOriginalMessage() + " at " + path(e));
        } catch (JacksonException e) {
            throw new InvalidInputException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return parse(Files.readString(file), file.toString(), type);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read config " + file + ": " + e.getMessage());
        }
    }

    public static String write(Object config) {
        return JSON.writeValueAsString(config);
    }

    /**
     * A nested record's message with the path to it: its messages name its own fields, or (a
     * budget's "budget.steps") the field that holds it, so only what lies above is prefixed.
     */
    private static String qualified(JacksonException e, String message) {
        List<String> names = new ArrayList<>();
        for (var ref : e.getPath()) {
            names.add(ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]");
        }
        if (!names.isEmpty() && message.startsWith(names.get(names.size() - 1))) {
            names.remove(names.size() - 1);
        }
        return names.isEmpty() ? message : String.join(".", names).replace(".[", "[") + "." + message;
    }

    /** The path as a field name, or null at the top level (the whole input is at fault). */
    private static String field(JacksonException e) {
        return e.getPath().isEmpty() ? null : path(e);
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(top level)" : sb.toString();
    }
}
