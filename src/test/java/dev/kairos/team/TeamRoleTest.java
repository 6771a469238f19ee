package dev.kairos.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TeamRoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertTrue(TeamRole.OWNER.atLeast(TeamRole.ADMIN));
        assertTrue(TeamRole.ADMIN.atLeast(TeamRole.MEMBER));
        assertTrue(TeamRole.MEMBER.atLeast(TeamRole.MEMBER));
        assertFalse(TeamRole.MEMBER.atLeast(TeamRole.ADMIN));
        assertFalse(TeamRole.ADMIN.atLeast(TeamRole.OWNER));
    }

    @Test
    void adminsManageMembersAndOnlyOwnersManageAdminsAndOwners() {
        assertEquals(TeamRole.ADMIN, TeamRole.MEMBER.neededToManage());
        assertEquals(TeamRole.OWNER, TeamRole.ADMIN.neededToManage());
        assertEquals(TeamRole.OWNER, TeamRole.OWNER.neededToManage());
    }
}
