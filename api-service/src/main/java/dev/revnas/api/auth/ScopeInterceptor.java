package dev.revnas.api.auth;

import dev.revnas.api.system.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** May this key call this endpoint: 403 when its scope is below the endpoint's {@link RequiresScope}. */
@Configuration
public class ScopeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        ApiKey key = ApiKeyFilter.caller(request);
        RequiresScope required = method.getMethodAnnotation(RequiresScope.class);
        Scope needed = required == null ? Scope.READ : required.value();
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
