package dev.kairos.team;

import static dev.kairos.team.TeamCalls.membership;
import static dev.kairos.team.TeamCalls.membershipOf;
import static dev.kairos.team.TeamCalls.memberships;
import static dev.kairos.team.TeamCalls.team;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members read, admins manage members, owners manage admins and owners, and a team always keeps an owner. */
@QuarkusTest
class TeamRolesTest {

    private TestUser owner;
    private TestUser admin;
    private TestUser member;
    private long teamId;
    private long adminId;
    private long memberId;
    private long ownerId;

    /** A team with an owner, an admin and a member, all accepted. */
    @BeforeEach
    void ownerAdminAndMember() {
        owner = Api.newUser();
        admin = Api.newUser();
        member = Api.newUser();
        teamId = Teams.teamWithMembers(owner, member);
        adminId = Teams.addMember(owner, teamId, admin.id(), "ADMIN");
        memberId = membershipOf(owner, teamId, member.id());
        ownerId = membershipOf(owner, teamId, owner.id());
    }

    @Test
    void membersReadButManageNothing() {
        member.call().get(team(teamId)).then().statusCode(200);
        member.call().get(memberships(teamId)).then().statusCode(200);
        member.call().get(membership(teamId, adminId)).then().statusCode(200);

        member.call().body(Map.of("name", "Mine now")).patch(team(teamId)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        member.call().delete(team(teamId)).then().statusCode(403);
        member.call().body(Map.of("userId", Api.newUser().id())).post(memberships(teamId)).then().statusCode(403);
        member.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, memberId)).then().statusCode(403);
        member.call().body(Map.of("accepted", true)).patch(membership(teamId, adminId)).then().statusCode(403);
        member.call().delete(membership(teamId, adminId)).then().statusCode(403);
        owner.call().get(membership(teamId, memberId)).then().body("data.role", equalTo("MEMBER"));
    }

    @Test
    void adminsManageTheTeamAndItsMembersButNotAdminsOrOwners() {
        admin.call().body(Map.of("name", "Renamed by admin")).patch(team(teamId)).then().statusCode(200);
        admin.call().delete(team(teamId)).then().statusCode(403).body("error.message", containsString("OWNER"));

        TestUser newcomer = Api.newUser();
        long newcomerId = admin.call().body(Map.of("userId", newcomer.id(), "role", "MEMBER")).post(memberships(teamId))
                .then().statusCode(201).extract().jsonPath().getLong("data.id");
        admin.call().body(Map.of("accepted", true)).patch(membership(teamId, newcomerId)).then().statusCode(200);
        admin.call().delete(membership(teamId, newcomerId)).then().statusCode(200);

        admin.call().body(Map.of("userId", Api.newUser().id(), "role", "ADMIN")).post(memberships(teamId)).then().statusCode(403);
        admin.call().body(Map.of("userId", Api.newUser().id(), "role", "OWNER")).post(memberships(teamId)).then().statusCode(403);
        admin.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, memberId)).then().statusCode(403);
        admin.call().body(Map.of("role", "OWNER")).patch(membership(teamId, memberId)).then().statusCode(403);
        admin.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, ownerId)).then().statusCode(403);
        admin.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, adminId)).then().statusCode(403);
        admin.call().delete(membership(teamId, ownerId)).then().statusCode(403);
        long otherAdmin = Teams.addMember(owner, teamId, Api.newUser().id(), "ADMIN");
        admin.call().delete(membership(teamId, otherAdmin)).then().statusCode(403);
        owner.call().get(membership(teamId, memberId)).then().body("data.role", equalTo("MEMBER"));
    }

    @Test
    void ownersManageAdminsAndOwners() {
        owner.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, memberId)).then().statusCode(200)
                .body("data.role", equalTo("ADMIN"));
        owner.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, adminId)).then().statusCode(200)
                .body("data.role", equalTo("MEMBER"));
        TestUser second = Api.newUser();
        long secondId = Teams.addMember(owner, teamId, second.id(), "OWNER");
        second.call().delete(membership(teamId, memberId)).then().statusCode(200);
        // With two owners, one may step down; then the other is the last.
        second.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, ownerId)).then().statusCode(200);
        second.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, secondId)).then().statusCode(409);
        second.call().delete(team(teamId)).then().statusCode(200);
        owner.call().get(team(teamId)).then().statusCode(404);
    }

    @Test
    void theLastOwnerCannotStepDownLeaveOrBeRemoved() {
        owner.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, ownerId)).then().statusCode(409)
                .body("error.code", equalTo("CONFLICT")).body("error.message", containsString("last owner"));
        owner.call().body(Map.of("accepted", false)).patch(membership(teamId, ownerId)).then().statusCode(409);
        owner.call().delete(membership(teamId, ownerId)).then().statusCode(409).body("error.message", containsString("last owner"));
        Api.admin().delete(membership(teamId, ownerId)).then().statusCode(409);
        // An owner invited but not accepted does not count.
        Teams.addMember(owner, teamId, Api.newUser().id(), "MEMBER");
        owner.call().body(Map.of("userId", Api.newUser().id(), "role", "OWNER")).post(memberships(teamId)).then().statusCode(201)
                .body("data.accepted", equalTo(false));
        owner.call().delete(membership(teamId, ownerId)).then().statusCode(409);
        owner.call().get(membership(teamId, ownerId)).then().statusCode(200).body("data.role", equalTo("OWNER"));
    }

    @Test
    void membersAndAdminsMayLeave() {
        member.call().delete(membership(teamId, memberId)).then().statusCode(200).body("data.userId", equalTo((int) member.id()));
        member.call().get(team(teamId)).then().statusCode(404);
        admin.call().delete(membership(teamId, adminId)).then().statusCode(200);
        admin.call().get(memberships(teamId)).then().statusCode(404);
        TestUser second = Api.newUser();
        Teams.addMember(owner, teamId, second.id(), "OWNER");
        owner.call().delete(membership(teamId, ownerId)).then().statusCode(200);
        second.call().get(memberships(teamId)).then().statusCode(200).body("data.size()", equalTo(1));
    }

    @Test
    void ownersAllLeavingAtOnceLeaveOneOwner() throws Exception {
        List<TestUser> owners = new ArrayList<>(List.of(owner));
        List<Long> ids = new ArrayList<>(List.of(ownerId));
        for (int i = 0; i < 5; i++) {
            TestUser another = Api.newUser();
            owners.add(another);
            ids.add(Teams.addMember(owner, teamId, another.id(), "OWNER"));
        }
        List<Supplier<Response>> leaving = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            TestUser leaver = owners.get(i);
            long id = ids.get(i);
            leaving.add(() -> leaver.call().delete(membership(teamId, id)));
        }
        List<Integer> statuses = atOnce(leaving).stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 409), statuses);
        Api.admin().get(memberships(teamId)).then().statusCode(200).body("data.findAll { it.role == 'OWNER' }.size()", equalTo(1));
    }

    /** Sends the calls from threads of their own, released together. */
    private static List<Response> atOnce(List<Supplier<Response>> calls) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<CompletableFuture<Response>> futures = calls.stream().map(call -> CompletableFuture.supplyAsync(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return call.get();
        }, pool)).toList();
        try {
            gate.countDown();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
