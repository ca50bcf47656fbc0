package dev.revnas.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthApiTest extends ApiTest {

    @Test
    void withoutAKeyOrWithAnUnknownOneIs401() {
        JsonNode none = get("/api/v1/datasets", null).problem(401);
        assertThat(none.get("detail").asString()).contains("X-API-Key");
        get("/api/v1/search-jobs", "not-a-key").problem(401);
        post("/api/v1/search-jobs", null, "{}").problem(401);
        assertThat(count("jobs")).isZero();
    }

    @Test
    void aKeyBelowTheEndpointsScopeIs403() {
        assertThat(get("/api/v1/datasets", readKey).status()).isEqualTo(200);
        JsonNode p = post("/api/v1/search-jobs", readKey, searchRequest(registerSample())).problem(403);
        assertThat(p.get("detail").asString()).contains("'submit'");
        post("/api/v1/api-keys", submitKey, Map.of("name", "x", "scopes", List.of("read"))).problem(403);
        assertThat(count("jobs")).isZero();
    }

    @Test
    void anAdminCreatesKeysStoredOnlyAsHashes() {
        Response r = post("/api/v1/api-keys", ADMIN_KEY, Map.of("name", "ci", "scopes", List.of("submit")));

        assertThat(r.status()).isEqualTo(201);
        String key = r.json().get("key").asString();
        assertThat(key).startsWith("rvn_");
        assertThat(jdbc.queryForObject("select key_hash from api_keys where name = 'ci'", String.class))
                .isEqualTo(ApiKeys.hash(key)).isNotEqualTo(key);
        assertThat(jdbc.queryForObject("select count(*) from api_keys where key_hash = ?", Long.class, key)).isZero();
        // submit includes read.
        assertThat(get("/api/v1/models", key).status()).isEqualTo(200);
        post("/api/v1/models/00000000-0000-4000-8000-000000000000/deploy", key, "").problem(403);

        assertThat(post("/api/v1/api-keys", ADMIN_KEY, Map.of("name", "x", "scopes", List.of("superuser"))).problem(422)
                .get("field").asString()).isEqualTo("scopes");
        post("/api/v1/api-keys", ADMIN_KEY, Map.of("name", "x")).problem(422);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        get("/api/v1/no-such-thing", readKey).problem(404);
        get("/api/v1/search-jobs/" + java.util.UUID.randomUUID(), readKey).problem(404);
        postRaw("/api/v1/models", ADMIN_KEY, null, new byte[0]).problem(405);
    }

    @Test
    void aRevokedKeyIsRefused() {
        jdbc.update("update api_keys set revoked_at = now() where name = 'reader'");
        get("/api/v1/datasets", readKey).problem(401);
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoKey() {
        assertThat(get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(200);
        JsonNode doc = get("/v3/api-docs", null).json();
        assertThat(doc.get("paths").has("/api/v1/search-jobs")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/training-jobs/{id}/cancel")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("name").asString()).isEqualTo("X-API-Key");
        Response ui = get("/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger");
    }
}
