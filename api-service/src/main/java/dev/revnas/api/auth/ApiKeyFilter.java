package dev.revnas.api.auth;

import dev.revnas.api.system.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who is calling: every /api/ request needs a known, unrevoked X-API-Key (401 otherwise).
 * Whether the key's scope suffices is {@link ScopeInterceptor}'s question. Actuator and the
 * OpenAPI document are outside /api/ and open.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";
    public static final String ATTRIBUTE = ApiKey.class.getName();

    private final ApiKeys keys;
    private final HandlerExceptionResolver problems;

    public ApiKeyFilter(ApiKeys keys, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        Optional<ApiKey> key = header == null || header.isBlank() ? Optional.empty() : keys.authenticate(header.trim());
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            String detail = header == null || header.isBlank() ? "the " + HEADER + " header is missing" : "the " + HEADER + " is not a valid key";
            problems.resolveException(request, response, null,
                    new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, HEADER));
            return;
        }
        request.setAttribute(ATTRIBUTE, key.get());
        chain.doFilter(request, response);
    }

    public static ApiKey caller(HttpServletRequest request) {
        return (ApiKey) request.getAttribute(ATTRIBUTE);
    }
}
