package dev.revnas.cli;

import dev.revnas.io.Json;
import tools.jackson.databind.ObjectMapper;

/** One JSON object per line on stdout. */
final class JsonLines {
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonLines() {}

    static String line(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
