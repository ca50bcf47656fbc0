package dev.revnas.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiRoute;
import dev.revnas.api.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Spring MVC maps, called by every kind of caller: no key, an unknown key, a revoked
 * key, and a key of each scope. The scope a route declares decides; a route without one fails here.
 */
class AuthorizationMatrixTest extends ApiTest {
    /** Routes outside /api/ that are open by design: the OpenAPI document, Swagger UI's config and the error page. */
    private static final Set<String> PUBLIC = Set.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html", "/error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    /** A caller: its name in the table, the key it sends (null: none) and the scope it holds (null: it is not a caller at all). */
    private record Caller(String name, String key, Scope scope) {}

    @Test
    void everyApiRouteDeclaresAScopeAndEveryOtherRouteIsListedAsPublic() {
        List<ApiRoute> routes = ApiRoute.all(mapping);

        assertThat(routes).filteredOn(ApiRoute::isApi).hasSizeGreaterThanOrEqualTo(20);
        assertThat(undeclared(routes)).as("/api/ routes without @RequiresScope").isEmpty();
        assertThat(routes).filteredOn(r -> !r.isApi() && !PUBLIC.contains(r.pattern()))
                .as("routes outside /api/ (open to anyone): list them in PUBLIC if that is meant").isEmpty();
    }

    @Test
    void aRouteAddedWithoutAScopeIsReportedAndRefusedToEveryKey() throws NoSuchMethodException {
        RequestMappingInfo info = RequestMappingInfo.paths("/api/v1/forgotten").methods(RequestMethod.GET)
                .options(mapping.getBuilderConfiguration()).build();
        mapping.registerMapping(info, new Forgotten(), Forgotten.class.getMethod("secrets"));
        try {
            assertThat(undeclared(ApiRoute.all(mapping))).extracting(ApiRoute::pattern).containsExactly("/api/v1/forgotten");
            assertThat(get("/api/v1/forgotten", ADMIN_KEY).problem(403).get("detail").asString()).contains("declares no scope");
        } finally {
            mapping.unregisterMapping(info);
        }
    }

    /** A handler someone forgot to give a scope. */
    public static class Forgotten {
        public String secrets() {
            return "everything";
        }
    }

    private static List<ApiRoute> undeclared(List<ApiRoute> routes) {
        return routes.stream().filter(r -> r.isApi() && r.scope() == null).toList();
    }

    @Test
    void everyRouteAnswersEachCallerAsItsScopeSays() {
        String revoked = createKey("revoked", "admin");
        jdbc.update("update api_keys set revoked_at = now() where name = 'revoked'");
        List<Caller> callers = List.of(new Caller("no key", null, null), new Caller("unknown key", "rvn_" + UUID.randomUUID(), null),
                new Caller("revoked admin key", revoked, null), new Caller("read key", readKey, Scope.READ),
                new Caller("submit key", submitKey, Scope.SUBMIT), new Caller("admin key", ADMIN_KEY, Scope.ADMIN));
        Map<String, Long> before = rows();
        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder("| route | " + String.join(" | ", callers.stream().map(Caller::name).toList()) + " |\n");
        int calls = 0;

        for (ApiRoute route : ApiRoute.all(mapping)) {
            if (!route.isApi()) {
                continue;
            }
            matrix.append("| ").append(route).append(" (").append(route.scope()).append(") |");
            for (Caller caller : callers) {
                int expected = expected(route, caller);
                Response r = call(route, caller.key());
                matrix.append(' ').append(r.status()).append(" |");
                calls++;
                if (r.status() != expected || !isProblem(r)) {
                    wrong.add(route + " × " + caller.name() + ": expected " + expected + ", got " + r.status() + " " + r.text());
                }
            }
            matrix.append('\n');
        }

        System.out.println("authorization matrix (" + calls + " calls):\n" + matrix);
        assertThat(wrong).as("route × caller answers").isEmpty();
        assertThat(calls).isGreaterThanOrEqualTo(20 * callers.size());
        assertThat(rows()).as("rows after the matrix (every call is refused or changes nothing)").isEqualTo(before);
    }

    @Test
    void publicRoutesNeedNoKey() {
        for (ApiRoute route : ApiRoute.all(mapping)) {
            if (!route.isApi() && !route.hasVariables() && !route.pattern().equals("/error")) {
                Response r = "GET".equals(route.method()) ? get(route.pattern(), null) : postRaw(route.pattern(), null, null, new byte[0]);
                assertThat(r.status()).as(route + " without a key").isLessThan(400);
            }
        }
    }

    /**
     * 401 for no, unknown or revoked keys; 403 below the route's scope, and for every key on a route
     * that declares none; otherwise what the neutral
     * request of {@link #call} gets: 404 for an id that does not exist, 200 for a list, 422 for an empty body.
     */
    private static int expected(ApiRoute route, Caller caller) {
        if (caller.scope() == null) {
            return 401;
        } else if (route.scope() == null || !caller.scope().includes(route.scope())) {
            return 403;
        }
        return route.hasVariables() ? 404 : "GET".equals(route.method()) ? 200 : 422;
    }

    /** The route with a random id for its variables and an empty body of the type it consumes. */
    private Response call(ApiRoute route, String key) {
        String path = route.path(UUID.randomUUID().toString());
        if ("GET".equals(route.method())) {
            return get(path, key);
        }
        if (route.consumes() != null && route.consumes().includes(MediaType.MULTIPART_FORM_DATA)) {
            return postMultipart(path, key, Map.of(), Map.of());
        }
        return postRaw(path, key, route.consumes() == null ? null : route.consumes().toString(),
                route.consumes() == null ? new byte[0] : "{}".getBytes());
    }

    private static boolean isProblem(Response r) {
        return r.status() < 400 || String.valueOf(r.header("Content-Type")).startsWith("application/problem+json");
    }
}
