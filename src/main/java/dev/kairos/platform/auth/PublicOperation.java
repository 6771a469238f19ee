package dev.kairos.platform.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that needs no API key (API.md section 2, "Public operations"). Every other
 * operation is refused with 401 without valid credentials by {@link AuthorizationFilter}; this
 * annotation is the only way to open one. Public operations also carry
 * {@code @Extension(name = "x-kairos-public", value = "true")} so that the OpenAPI document shows
 * them without security; a test checks that both agree with what the server does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublicOperation {
}
