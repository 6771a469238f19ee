package dev.kairos.team;

/**
 * What a member may do in a team: members read the team, its members and its event types;
 * admins also manage team event types and members; owners also manage admins and owners and
 * delete the team.
 */
public enum TeamRole {
    MEMBER,
    ADMIN,
    OWNER;

    /** Whether this role includes everything {@code other} may do. */
    public boolean atLeast(TeamRole other) {
        return compareTo(other) >= 0;
    }

    /** The role a caller needs to give, change or remove a membership with this role. */
    public TeamRole neededToManage() {
        return this == MEMBER ? ADMIN : OWNER;
    }
}
