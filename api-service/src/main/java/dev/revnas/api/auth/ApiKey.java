package dev.revnas.api.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** An API key as stored: its SHA-256 only, never the key. */
@Entity
@Table(name = "api_keys")
public class ApiKey {
    @Id
    private UUID id;
    private String name;
    @Column(name = "key_hash")
    private String keyHash;
    private String scopes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    public ApiKey(String name, String keyHash, String scopes) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.keyHash = keyHash;
        this.scopes = scopes;
        this.createdAt = Instant.now();
    }

    /** The widest scope the key holds. */
    public Scope scope() {
        return Arrays.stream(scopes.split(",")).map(String::trim).map(Scope::parse).max(Enum::compareTo).orElse(Scope.READ);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String scopes() {
        return scopes;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
