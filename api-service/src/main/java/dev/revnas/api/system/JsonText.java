package dev.revnas.api.system;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** JSON documents kept as text in the database, answered as JSON objects rather than strings. */
@Component
public class JsonText {
    private final ObjectMapper json;

    public JsonText(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public ObjectMapper mapper() {
        return json;
    }
}
