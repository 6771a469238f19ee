package dev.kairos.team.api;

/** The roles a membership request may name. */
final class MembershipFields {

    static final String ROLE = "^(MEMBER|ADMIN|OWNER)$";
    static final String ROLE_MESSAGE = "must be MEMBER, ADMIN or OWNER";

    private MembershipFields() {
    }
}
