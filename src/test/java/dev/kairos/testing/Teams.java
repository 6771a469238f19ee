package dev.kairos.testing;

import dev.kairos.testing.Api.TestUser;
import java.util.Map;
import java.util.UUID;

/**
 * Teams and memberships through the real API, for tests of teams and of what teams host. Every
 * team gets a fresh slug, so tests never collide.
 */
public final class Teams {

    private Teams() {
    }

    /** A new team whose owner is {@code owner}; returns its id. */
    public static long team(TestUser owner) {
        String slug = "team-" + UUID.randomUUID();
        return owner.call().body(Map.of("name", "Team " + slug.substring(5, 13), "slug", slug))
                .post("/v2/teams").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    /** The team's slug, as {@code member} reads it. */
    public static String slugOf(long teamId, TestUser member) {
        return member.call().get("/v2/teams/" + teamId).then().statusCode(200).extract().jsonPath().getString("data.slug");
    }

    /** Adds {@code userId} to the team with {@code role}, already accepted; returns the membership id. */
    public static long addMember(TestUser by, long teamId, long userId, String role) {
        return by.call().body(Map.of("userId", userId, "role", role, "accepted", true))
                .post("/v2/teams/" + teamId + "/memberships").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
    }

    /** A new team owned by {@code owner} with {@code members} as accepted MEMBERs; returns its id. */
    public static long teamWithMembers(TestUser owner, TestUser... members) {
        long teamId = team(owner);
        for (TestUser member : members) {
            addMember(owner, teamId, member.id(), "MEMBER");
        }
        return teamId;
    }
}
