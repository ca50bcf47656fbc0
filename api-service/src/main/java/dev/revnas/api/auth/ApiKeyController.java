package dev.revnas.api.auth;

import dev.revnas.api.system.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiKeyController {
    private final ApiKeys keys;

    public ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    public record CreateKey(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name, List<String> scopes) {}

    /** {@code key} is the plaintext: shown in this answer only. */
    public record CreatedKey(UUID id, String name, List<String> scopes, String key, Instant createdAt) {}

    @Operation(summary = "Create an API key (admin); the answer shows its plaintext once")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ADMIN)
    public ResponseEntity<CreatedKey> create(@Valid @RequestBody CreateKey request) {
        if (request.scopes() == null || request.scopes().isEmpty()) {
            throw ApiProblem.invalid("scopes", "scopes must list at least one of read, submit, admin");
        }
        List<Scope> scopes = request.scopes().stream().map(Scope::parse).toList();
        ApiKeys.Issued issued = keys.issue(request.name(), scopes);
        ApiKey k = issued.key();
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + k.id()))
                .body(new CreatedKey(k.id(), k.name(), List.of(k.scopes().split(",")), issued.plaintext(), k.createdAt()));
    }
}
