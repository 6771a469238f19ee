package dev.kairos.platform.pagination;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real list (API keys) walked with limit, cursor, take and skip. */
@QuarkusTest
class ListPaginationTest {

    @Test
    void walkingAListPageByPage() {
        TestUser user = Api.newUser();
        for (int i = 0; i < 4; i++) {
            user.call().body(Map.of("name", "k" + i)).post("/v2/api-keys").then().statusCode(201);
        }
        String cursor = user.call().queryParam("limit", 2).get("/v2/api-keys").then().statusCode(200)
                .body("data.size()", equalTo(2))
                .body("data[0].name", equalTo("test key"))
                .body("pagination.limit", equalTo(2))
                .body("pagination.hasMore", equalTo(true))
                .body("pagination.totalItems", equalTo(5))
                .body("pagination.remainingItems", equalTo(3))
                .body("pagination.returnedItems", equalTo(2))
                .body("pagination.itemsPerPage", equalTo(2))
                .body("pagination.currentPage", equalTo(1))
                .body("pagination.totalPages", equalTo(3))
                .body("pagination.hasNextPage", equalTo(true))
                .body("pagination.hasPreviousPage", equalTo(false))
                .extract().jsonPath().getString("pagination.cursor");
        String last = user.call().queryParam("limit", 2).queryParam("cursor", cursor).get("/v2/api-keys").then()
                .body("data[0].name", equalTo("k1"))
                .body("pagination.currentPage", equalTo(2))
                .extract().jsonPath().getString("pagination.cursor");
        user.call().queryParam("limit", 2).queryParam("cursor", last).get("/v2/api-keys").then()
                .body("data.size()", equalTo(1))
                .body("data[0].name", equalTo("k3"))
                .body("pagination.hasMore", equalTo(false))
                .body("pagination.cursor", nullValue());
        user.call().queryParam("take", 3).queryParam("skip", 3).get("/v2/api-keys").then()
                .body("data.size()", equalTo(2))
                .body("pagination.itemsPerPage", equalTo(3))
                .body("pagination.hasPreviousPage", equalTo(true));
    }

    @Test
    void badPagingParametersAreInvalidRequests() {
        TestUser user = Api.newUser();
        user.call().queryParam("limit", 0).get("/v2/api-keys").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        user.call().queryParam("limit", "ten").get("/v2/api-keys").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        user.call().queryParam("cursor", "bm9wZQ").get("/v2/api-keys").then().statusCode(400);
    }
}
