package dev.kairos.admin;

import static dev.kairos.testing.Api.admin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without KAIROS_CLOCK_FIXED the clock is the system's and cannot be moved. */
@QuarkusTest
class SystemClockTest {

    @Test
    void theSystemClockCannotBeMoved() {
        admin().get("/v2/admin/clock").then().statusCode(200).body("data.fixed", equalTo(false));
        admin().body(Map.of("now", "2031-01-01T00:00:00Z")).put("/v2/admin/clock").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }
}
