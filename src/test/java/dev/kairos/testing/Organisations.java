package dev.kairos.testing;

import dev.kairos.testing.Api.TestUser;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * Organisations, their users and teams through the real API. Every organisation, user and team
 * gets fresh names, so tests never collide.
 */
public final class Organisations {

    private Organisations() {
    }

    /** A new organisation, created by the platform administrator; returns its id. */
    public static long organisation() {
        String slug = "org-" + UUID.randomUUID();
        return Api.admin().body(Map.of("name", "Org " + slug.substring(4, 12), "slug", slug))
                .post("/v2/organizations").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    /** A new user of the organisation with {@code role}, created by the platform administrator, with one API key. */
    public static TestUser user(long orgId, String role) {
        return user(orgId, role, Api.admin());
    }

    /** A new user of the organisation with {@code role}, created by {@code by}, with one API key. */
    public static TestUser user(long orgId, String role, TestUser by) {
        return user(orgId, role, by.call());
    }

    private static TestUser user(long orgId, String role, RequestSpecification by) {
        String email = "org-user-" + UUID.randomUUID() + "@example.com";
        long userId = by.body(Map.of("email", email, "name", "Org User", "role", role))
                .post("/v2/organizations/" + orgId + "/users").then().statusCode(201).extract().jsonPath().getLong("data.id");
        var key = Api.admin().body(Map.of("userId", userId, "name", "test key"))
                .post("/v2/api-keys").then().statusCode(201).extract().jsonPath();
        return new TestUser(userId, email, key.getString("data.key"), key.getLong("data.id"));
    }

    /** A new team of the organisation, created by the platform administrator (who does not join it); returns its id. */
    public static long team(long orgId) {
        return team(orgId, Api.admin());
    }

    /** A new team of the organisation, created by {@code by} (an admin or owner of it, who becomes its owner); returns its id. */
    public static long team(long orgId, TestUser by) {
        return team(orgId, by.call());
    }

    private static long team(long orgId, RequestSpecification by) {
        String slug = "team-" + UUID.randomUUID();
        return by.body(Map.of("name", "Team " + slug.substring(5, 13), "slug", slug))
                .post("/v2/organizations/" + orgId + "/teams").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }
}
