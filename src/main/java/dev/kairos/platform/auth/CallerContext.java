package dev.kairos.platform.auth;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, settled by {@link AuthenticationFilter} before any resource runs. */
@RequestScoped
public class CallerContext {

    private Caller caller;
    private ApiException failure;

    public Caller caller() {
        return caller;
    }

    /** The authenticated caller's user id; public operations must not call this. */
    public long userId() {
        if (caller == null || !caller.authenticated()) {
            throw ApiException.unauthorized("Send an API key: Authorization: Bearer cal_live_...");
        }
        return caller.userId();
    }

    public boolean isPlatformAdmin() {
        return caller != null && caller.platformAdmin();
    }

    /** Refuses callers who are not platform administrators. */
    public void requirePlatformAdmin() {
        userId();
        if (!caller.platformAdmin()) {
            throw ApiException.forbidden("Only a platform administrator may do this");
        }
    }

    void set(Caller caller, ApiException failure) {
        this.caller = caller;
        this.failure = failure;
    }

    ApiException failure() {
        return failure;
    }
}
