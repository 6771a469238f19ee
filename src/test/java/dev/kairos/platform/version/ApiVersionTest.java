package dev.kairos.platform.version;

import static dev.kairos.testing.Api.admin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** API.md section 1, {@code cal-api-version}. */
@QuarkusTest
class ApiVersionTest {

    @Test
    void knownOrMissingVersionsAreServed() {
        admin().get("/v2/schedules/test-only-probe").then().statusCode(200);
        admin().header("cal-api-version", "2024-06-11").get("/v2/schedules/test-only-probe").then().statusCode(200);
        admin().header("cal-api-version", "2024-06-14").get("/v2/schedules/test-only-probe").then().statusCode(200);
    }

    @Test
    void anUnknownVersionOfAVersionedFamilyIsRefusedNamingTheAcceptedOnes() {
        admin().header("cal-api-version", "2023-01-01").get("/v2/schedules/test-only-probe").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", allOf(containsString("2024-06-11"), containsString("2024-06-14")));
    }

    @Test
    void unversionedFamiliesIgnoreTheHeader() {
        admin().header("cal-api-version", "1999-12-31").get("/v2/me").then().statusCode(200);
    }

    @Test
    void familiesAreRecognisedByPathPrefix() {
        org.junit.jupiter.api.Assertions.assertEquals(ApiVersionFilter.Family.BOOKINGS,
                ApiVersionFilter.Family.of("/v2/bookings/abc/cancel"));
        org.junit.jupiter.api.Assertions.assertEquals(ApiVersionFilter.Family.SLOTS, ApiVersionFilter.Family.of("/v2/slots/available"));
        org.junit.jupiter.api.Assertions.assertNull(ApiVersionFilter.Family.of("/v2/bookingsx"));
        org.junit.jupiter.api.Assertions.assertNull(ApiVersionFilter.Family.of("/v2/webhooks"));
    }
}
