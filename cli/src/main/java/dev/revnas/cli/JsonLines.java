package dev.revnas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revnas.io.Json;

/** One JSON object per line on stdout. */
final class JsonLines {
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonLines() {}

    static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
