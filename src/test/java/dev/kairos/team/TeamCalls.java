package dev.kairos.team;

import dev.kairos.testing.Api.TestUser;
import java.util.List;
import java.util.Map;

/** Paths and look-ups the team tests share. */
final class TeamCalls {

    private TeamCalls() {
    }

    static String team(long teamId) {
        return "/v2/teams/" + teamId;
    }

    static String memberships(long teamId) {
        return team(teamId) + "/memberships";
    }

    static String membership(long teamId, long membershipId) {
        return memberships(teamId) + "/" + membershipId;
    }

    /** The id of {@code userId}'s membership in the team, as {@code reader} lists it. */
    static long membershipOf(TestUser reader, long teamId, long userId) {
        List<Map<String, Object>> data = reader.call().queryParam("limit", 250).get(memberships(teamId))
                .then().statusCode(200).extract().jsonPath().getList("data");
        return data.stream().filter(m -> ((Number) m.get("userId")).longValue() == userId)
                .map(m -> ((Number) m.get("id")).longValue()).findFirst().orElseThrow();
    }
}
