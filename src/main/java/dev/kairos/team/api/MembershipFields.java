package dev.kairos.team.api;

/** The roles a membership request may name. */
public final class MembershipFields {

    public static final String ROLE = "^(MEMBER|ADMIN|OWNER)$";
    public static final String ROLE_MESSAGE = "must be MEMBER, ADMIN or OWNER";

    private MembershipFields() {
    }
}
