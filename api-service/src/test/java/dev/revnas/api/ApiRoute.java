package dev.revnas.api;

import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One route as Spring MVC maps it: method, path pattern, the body type it consumes (null: none
 * declared) and the scope its handler declares (null: none).
 */
public record ApiRoute(String method, String pattern, MediaType consumes, Scope scope, HandlerMethod handler) {

    /** Every route of the application's controllers, in a stable order; a mapping without methods takes any (listed as GET). */
    public static List<ApiRoute> all(RequestMappingHandlerMapping mapping) {
        List<ApiRoute> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod handler = e.getValue();
            RequiresScope declared = handler.getMethodAnnotation(RequiresScope.class);
            List<MediaType> consumes = List.copyOf(info.getConsumesCondition().getConsumableMediaTypes());
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).sorted().toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    routes.add(new ApiRoute(method, pattern, consumes.isEmpty() ? null : consumes.get(0),
                            declared == null ? null : declared.value(), handler));
                }
            }
        }
        routes.sort(Comparator.comparing(ApiRoute::pattern).thenComparing(ApiRoute::method).thenComparing(r -> String.valueOf(r.consumes())));
        return routes;
    }

    public boolean isApi() {
        return pattern.startsWith("/api/");
    }

    /** Whether the pattern has path variables ({id}). */
    public boolean hasVariables() {
        return pattern.contains("{");
    }

    /** The path with every variable replaced by {@code value}, which is inserted as given (encode it first). */
    public String path(String value) {
        return pattern.replaceAll("\\{[^}]*}", java.util.regex.Matcher.quoteReplacement(value));
    }

    @Override
    public String toString() {
        return method + " " + pattern + (consumes == null ? "" : " (" + consumes + ")");
    }
}
