package dev.revnas.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The part of a built corpus directory's {@code manifest.json} that readers rely on: the
 * language pair, the file suffixes of its two sides and the fingerprint that identifies the
 * data in every model's provenance. Other fields (counts, sources) are left to their owner.
 */
public record CorpusManifest(String pair, String source, String target, String fingerprint) {
    /** Languages become file suffixes, so they must be plain names. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_-]+");

    public static CorpusManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file (a built corpus directory has a manifest.json)");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot be read", e);
        }
        if (json == null || !json.isObject()) {
            throw new InvalidInputException(file + ": expected a JSON object");
        }
        CorpusManifest m = new CorpusManifest(text(json, "pair", file), text(json, "source", file),
                text(json, "target", file), text(json, "fingerprint", file));
        for (String language : new String[] {m.source, m.target}) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException(file + ": language '" + language + "' must be letters, digits, '_' or '-'");
            }
        }
        if (!m.pair.equals(m.source + "-" + m.target)) {
            throw new InvalidInputException(file + ": pair '" + m.pair + "' does not match source '" + m.source
                    + "' and target '" + m.target + "'");
        }
        return m;
    }

    private static String text(JsonNode json, String field, Path file) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(file + ": field '" + field + "' must be a non-empty string");
        }
        return value.asText();
    }
}
