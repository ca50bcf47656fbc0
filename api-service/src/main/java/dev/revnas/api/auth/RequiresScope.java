package dev.revnas.api.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an endpoint needs. Every /api/ endpoint declares one: an endpoint without it is refused
 * to every key ({@link ScopeInterceptor}) and fails AuthorizationMatrixTest.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    Scope value();
}
