package dev.kairos.team;

import dev.kairos.user.User;

/** A membership together with the user it makes a member. */
public record Member(Membership membership, User user) {
}
