package dev.revnas.api.auth;

import dev.revnas.api.system.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * May this key call this endpoint: 403 when its scope is below the endpoint's {@link RequiresScope},
 * and for every key when the endpoint declares none (fail closed).
 */
@Configuration
public class ScopeInterceptor implements HandlerInterceptor, WebMvcConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ScopeInterceptor.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        ApiKey key = ApiKeyFilter.caller(request);
        RequiresScope required = method.getMethodAnnotation(RequiresScope.class);
        if (required == null && HttpMethod.OPTIONS.matches(request.getMethod())) {
            return true; // Spring's own answer to OPTIONS, the allowed methods: a valid key suffices
        }
        if (required == null) {
            log.error("{} declares no @RequiresScope; refused to every key", method.getShortLogMessage());
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", "this endpoint declares no scope, so no key may call it",
                    ApiKeyFilter.HEADER);
        }
        Scope needed = required.value();
        if (key == null || !key.scope().includes(needed)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                    "this endpoint needs the '" + needed.label() + "' scope; the key has '" + (key == null ? "none" : key.scopes()) + "'",
                    ApiKeyFilter.HEADER);
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }
}
