package dev.revnas.api.auth;

import dev.revnas.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and checks API keys; the first admin key comes from revnas.api.bootstrap-key. */
@Service
public class ApiKeys implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final String bootstrapKey;

    public ApiKeys(ApiKeyRepository keys, @Value("${revnas.api.bootstrap-key:}") String bootstrapKey) {
        this.keys = keys;
        this.bootstrapKey = bootstrapKey;
    }

    /** A key with its plaintext, which only this answer ever shows. */
    public record Issued(ApiKey key, String plaintext) {}

    public static String hash(String plaintext) {
        return Sha256.hex(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<ApiKey> authenticate(String plaintext) {
        return keys.findByKeyHashAndRevokedAtIsNull(hash(plaintext));
    }

    @Transactional
    public Issued issue(String name, List<Scope> scopes) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plaintext = "rvn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String labels = scopes.stream().distinct().sorted().map(Scope::label).collect(Collectors.joining(","));
        return new Issued(keys.save(new ApiKey(name, hash(plaintext), labels)), plaintext);
    }

    @Override
    public void afterPropertiesSet() {
        if (bootstrapKey.isBlank()) {
            return;
        }
        // Runs before the server accepts requests: the configured key works from the first one.
        if (!keys.existsByKeyHash(hash(bootstrapKey))) {
            try {
                keys.save(new ApiKey("bootstrap", hash(bootstrapKey), "read,submit,admin"));
                log.info("inserted the bootstrap admin key from revnas.api.bootstrap-key");
            } catch (DataIntegrityViolationException e) {
                log.info("the bootstrap key was inserted by another instance");
            }
        }
    }
}
