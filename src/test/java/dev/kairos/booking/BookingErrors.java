package dev.kairos.booking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.restassured.response.ValidatableResponse;

/** Asserts API.md's error envelope for a refused booking request. */
final class BookingErrors {

    private BookingErrors() {
    }

    /** A refusal with {@code status} and {@code code} whose only detail names {@code field}. */
    static ValidatableResponse refused(ValidatableResponse response, int status, String code, String field) {
        return response.statusCode(status)
                .body("status", equalTo("error"))
                .body("error.code", equalTo(code))
                .body("error.message", not(emptyOrNullString()))
                .body("error.details.field", contains(field));
    }

    /** A 422 VALIDATION_ERROR whose only detail names {@code field}. */
    static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return refused(response, 422, "VALIDATION_ERROR", field);
    }
}
