package dev.kairos.oauth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation authenticated by the OAuth client of its {@code {clientId}} path parameter:
 * {@link ClientCredentialsFilter} checks the headers before the body is read or validated and
 * before an idempotent replay, so a wrong secret never learns anything else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ClientAuthenticated {

    /** Whether {@code x-cal-client-id} must be sent too (managed users), or the secret alone will do (refresh). */
    boolean clientIdHeader() default true;
}
