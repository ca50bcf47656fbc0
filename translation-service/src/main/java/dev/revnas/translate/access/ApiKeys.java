package dev.revnas.translate.access;

import dev.revnas.translate.system.TranslateProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The API keys the service accepts (revnas.translate.api-keys and api-key); with none set, keys are not used. */
@Component
public class ApiKeys {
    private final List<byte[]> keys = new ArrayList<>();

    public ApiKeys(TranslateProperties properties) {
        Stream.concat(Stream.ofNullable(properties.apiKey()), properties.apiKeys() == null ? Stream.empty() : properties.apiKeys().stream())
                .map(String::strip).filter(k -> !k.isEmpty()).distinct().forEach(k -> keys.add(k.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether any key is set. */
    public boolean configured() {
        return !keys.isEmpty();
    }

    /** Whether {@code key} is one of them; compared in constant time, so that answer times do not spell out a key. */
    public boolean accepts(String key) {
        if (key == null) {
            return false;
        }
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] k : keys) {
            found |= MessageDigest.isEqual(k, given);
        }
        return found;
    }
}
