package dev.kairos.platform.request;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ordinary operations take bodies up to 1 MB; bulk ones (whitelist imports) up to
 * the 10 MB ceiling. */
@QuarkusTest
class BodyLimitTest {

    private static final int MIB = 1024 * 1024;

    /** A JSON body of about {@code size} bytes. */
    private static String body(int size) {
        return "{\"title\":\"" + "x".repeat(size - 12) + "\"}";
    }

    @Test
    void anOrdinaryOperationRefusesMoreThanOneMegabyte() {
        TestUser user = Api.newUser();
        user.call().body(body(MIB + 100)).post("/v2/event-types").then().statusCode(413)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
        user.call().body(new ByteArrayInputStream(body(MIB + 100).getBytes(StandardCharsets.UTF_8))).post("/v2/event-types")
                .then().statusCode(413).body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
        user.call().body(body(MIB - 100)).post("/v2/event-types").then().statusCode(not(equalTo(413)));
    }

    @Test
    void aBulkOperationTakesMore() {
        TestUser user = Api.newUser();
        long eventType = Scheduling.eventType(user, Map.of());
        String path = "/v2/event-types/" + eventType + "/whitelist";
        String padded = "{\"entries\":[{\"email\":\"ada@example.com\"}],\"padding\":\"" + "x".repeat(2 * MIB) + "\"}";
        user.call().body(padded).post(path).then().statusCode(not(equalTo(413)));
        // Beyond the 10 MB ceiling Quarkus itself answers 413 and closes the connection mid-upload.
    }
}
