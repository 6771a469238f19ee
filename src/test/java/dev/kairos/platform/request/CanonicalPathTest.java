package dev.kairos.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paths with dot segments or encoded dots and slashes are refused before routing: the router would
 * resolve {@code /v2/bookings/../api-keys} to {@code /v2/api-keys} while checks that read the path
 * text (an OAuth token's permission, the rate-limit class) judged a bookings route.
 */
@QuarkusTest
class CanonicalPathTest {

    @TestHTTPResource("/")
    URL root;

    /** Sends the path exactly as written over a plain socket (HTTP clients normalise dot segments first). */
    private int post(String rawPath, String apiKey) throws Exception {
        String body = "{\"name\":\"sneaked in\"}";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + rawPath + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: Bearer " + apiKey
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            if (status == 400) {
                assertTrue(response.contains("INVALID_REQUEST") && response.contains("canonical"), response);
            }
            return status;
        }
    }

    @Test
    void nonCanonicalPathsAreRefusedBeforeTheyReachAnyOperation() throws Exception {
        TestUser user = Api.newUser();
        int keysBefore = user.call().get("/v2/api-keys").then().statusCode(200).extract().jsonPath().getList("data").size();

        for (String path : List.of("/v2/bookings/../api-keys", "/v2/bookings/%2e%2e/api-keys", "/v2/bookings/%2E%2E/api-keys",
                "/v2/./api-keys", "/v2//api-keys", "/v2/bookings%2f..%2fapi-keys", "/v2/bookings/..%5capi-keys")) {
            assertEquals(400, post(path, user.key()), path);
        }
        assertEquals(keysBefore, user.call().get("/v2/api-keys").then().statusCode(200).extract().jsonPath().getList("data").size(),
                "no API key was created through a non-canonical path");
        assertEquals(201, post("/v2/api-keys", user.key()), "the canonical path still works");
    }
}
