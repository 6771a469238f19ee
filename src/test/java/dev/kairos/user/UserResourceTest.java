package dev.kairos.user;

import static dev.kairos.testing.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Test
    void administratorCreatesAUserWithDefaults() {
        String email = "Grace-" + UUID.randomUUID() + "@Example.com";
        admin().body(Map.of("email", email, "name", "Grace Hopper")).post("/v2/users").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v2/users/\\d+"))
                .body("data.email", equalTo(email.toLowerCase()))
                .body("data.username", equalTo(email.toLowerCase().substring(0, email.indexOf('@'))))
                .body("data.timeZone", equalTo("UTC"))
                .body("data.locale", equalTo("en"))
                .body("data.createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        admin().body(Map.of("email", email.toUpperCase(), "name", "Again")).post("/v2/users").then()
                .statusCode(409).body("error.code", equalTo("CONFLICT"));
    }

    @Test
    void takenUsernameIsAConflictAndAGeneratedOneAvoidsIt() {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        admin().body(Map.of("email", username + "@one.example", "name", "One", "username", username)).post("/v2/users")
                .then().statusCode(201);
        admin().body(Map.of("email", "x" + username + "@two.example", "name", "Two", "username", username)).post("/v2/users")
                .then().statusCode(409);
        admin().body(Map.of("email", username + "@three.example", "name", "Three")).post("/v2/users")
                .then().statusCode(201).body("data.username", equalTo(username + "-2"));
    }

    @Test
    void meIsReadAndUpdated() {
        TestUser user = Api.newUser();
        user.call().get("/v2/me").then().statusCode(200)
                .body("data.timeFormat", equalTo(24))
                .body("data.weekStart", equalTo("Monday"))
                .body("data.defaultScheduleId", nullValue())
                .body("data.organizationId", nullValue());
        user.call().body(Map.of("name", "Renamed", "timeZone", "Asia/Kolkata", "locale", "pt-BR", "timeFormat", 12,
                "weekStart", "Sunday")).patch("/v2/me").then().statusCode(200)
                .body("data.name", equalTo("Renamed"))
                .body("data.timeZone", equalTo("Asia/Kolkata"))
                .body("data.locale", equalTo("pt-BR"))
                .body("data.timeFormat", equalTo(12))
                .body("data.weekStart", equalTo("Sunday"));
        user.call().get("/v2/me").then().body("data.timeZone", equalTo("Asia/Kolkata"));
    }

    @Test
    void invalidProfileChangesAreRefusedFieldByField() {
        TestUser user = Api.newUser();
        user.call().body(Map.of("timeZone", "Europe/Atlantis", "weekStart", "Someday")).patch("/v2/me").then()
                .statusCode(422).body("error.details.size()", equalTo(2));
        user.call().body(Map.of("timeFormat", 13)).patch("/v2/me").then().statusCode(422)
                .body("error.details[0].field", equalTo("timeFormat"));
        user.call().body(Map.of("defaultScheduleId", 987654321)).patch("/v2/me").then().statusCode(422)
                .body("error.details[0].field", equalTo("defaultScheduleId"));
    }
}
