package dev.kairos.platform.health;

import static dev.kairos.testing.Api.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health for orchestrators and Prometheus metrics with per-route HTTP timings. */
@QuarkusTest
class OperationsTest {

    @Test
    void liveAndReadyWithBothDependenciesUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.data.redis", hasItem("UP"));
    }

    @Test
    void metricsCarryServerTimingsPerRoute() {
        admin().get("/v2/me").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/v2/me\""));
    }

    @Test
    void pingIsPublic() {
        given().get("/v2/ping").then().statusCode(200).body("data", equalTo("pong"));
    }
}
