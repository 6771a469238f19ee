package dev.kairos.platform.error;

import static dev.kairos.testing.Api.admin;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every failure, on every kind of endpoint, comes in the same envelope with the status and code of API.md section 1. */
@QuarkusTest
class ErrorEnvelopeTest {

    private static ValidatableResponse envelope(ValidatableResponse response, int status, String code, String path) {
        return response.statusCode(status)
                .contentType(containsString("application/json"))
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo("error"))
                .body("path", equalTo(path))
                .body("timestamp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
                .body("error.code", equalTo(code))
                .body("error.message", notNullValue());
    }

    @Test
    void malformedJsonIsInvalidRequest() {
        envelope(admin().body("{\"email\": ").post("/v2/users").then(), 400, "INVALID_REQUEST", "/v2/users")
                .body("error.message", containsString("Malformed JSON"));
    }

    @Test
    void wrongJsonTypeIsInvalidRequestNamingTheField() {
        envelope(admin().body("{\"email\": \"a@example.com\", \"name\": {\"first\": \"x\"}}").post("/v2/users").then(),
                400, "INVALID_REQUEST", "/v2/users")
                .body("error.message", containsString("'name'"))
                .body("error.message", not(containsString("java")));
    }

    @Test
    void beanValidationIsValidationErrorWithOneDetailPerField() {
        envelope(admin().body("{\"email\": \"not-an-email\", \"name\": \"\", \"timeZone\": \"Mars/Olympus\"}").post("/v2/users").then(),
                422, "VALIDATION_ERROR", "/v2/users")
                .body("error.details.field", hasItems("email", "name", "timeZone"))
                .body("error.details.size()", equalTo(3));
    }

    @Test
    void unknownJsonPropertiesAreIgnored() {
        admin().body("{\"email\": \"extra-" + System.nanoTime() + "@example.com\", \"name\": \"X\", \"favouriteColour\": \"green\"}")
                .post("/v2/users").then().statusCode(201);
    }

    @Test
    void unknownPathIsNotFound() {
        envelope(admin().get("/v2/no-such-thing").then(), 404, "NOT_FOUND", "/v2/no-such-thing");
        envelope(anonymous().get("/v2/no-such-thing").then(), 404, "NOT_FOUND", "/v2/no-such-thing");
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        envelope(admin().delete("/v2/me").then(), 405, "METHOD_NOT_ALLOWED", "/v2/me");
    }

    @Test
    void wrongMediaTypeIsUnsupportedMediaType() {
        envelope(admin().contentType("text/plain").body("hello").post("/v2/users").then(), 415, "UNSUPPORTED_MEDIA_TYPE", "/v2/users");
    }

    @Test
    void unexpectedErrorIsInternalErrorWithoutInternals() {
        envelope(anonymous().get("/v2/test-only/boom").then(), 500, "INTERNAL_ERROR", "/v2/test-only/boom")
                .body(not(containsString("select")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at dev.kairos")));
    }

    @Test
    void requestIdIsEchoedOrGeneratedAndMatchesTheEnvelope() {
        anonymous().header("X-Request-Id", "client-chosen-42").get("/v2/no-such-thing").then()
                .header("X-Request-Id", "client-chosen-42").body("requestId", equalTo("client-chosen-42"));
        String generated = anonymous().get("/v2/no-such-thing").then().extract().header("X-Request-Id");
        anonymous().get("/v2/no-such-thing").then().header("X-Request-Id", not(equalTo(generated)));
        admin().get("/v2/me").then().statusCode(200).header("X-Request-Id", notNullValue());
        // A value unfit for logs is replaced, not echoed.
        anonymous().header("X-Request-Id", "bad id with spaces\tand tabs").get("/v2/ping").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
