package dev.revnas.api.idempotency;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The idempotency_keys table: status 0 marks a request still in flight. */
@Component
class IdempotencyRecords {
    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(String requestHash, int status, String location, String body) {}

    /** Empty when this request now owns the key; otherwise what the key already holds. */
    Optional<Stored> claim(UUID apiKey, String key, String requestHash) {
        try {
            jdbc.sql("insert into idempotency_keys (api_key_id, idempotency_key, request_hash, status, created_at) "
                            + "values (:apiKey, :key, :hash, 0, :now)")
                    .params(Map.of("apiKey", apiKey, "key", key, "hash", requestHash, "now", OffsetDateTime.now()))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return jdbc.sql("select request_hash, status, location, body from idempotency_keys "
                            + "where api_key_id = :apiKey and idempotency_key = :key")
                    .params(Map.of("apiKey", apiKey, "key", key))
                    .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .optional()
                    // Released between our insert and this read: treat it as in flight; the client retries.
                    .or(() -> Optional.of(new Stored(requestHash, 0, null, null)));
        }
    }

    void complete(UUID apiKey, String key, int status, String location, String body) {
        jdbc.sql("update idempotency_keys set status = :status, location = :location, body = :body "
                        + "where api_key_id = :apiKey and idempotency_key = :key")
                .param("status", status).param("location", location).param("body", body)
                .param("apiKey", apiKey).param("key", key)
                .update();
    }

    void release(UUID apiKey, String key) {
        jdbc.sql("delete from idempotency_keys where api_key_id = :apiKey and idempotency_key = :key and status = 0")
                .params(Map.of("apiKey", apiKey, "key", key))
                .update();
    }
}
