package dev.kairos.routing;

/**
 * Whose a form is: its creator's alone ({@code teamId} null) or a team's, created by {@code userId}.
 * Decides which event types the form may route to.
 */
public record FormOwner(long userId, Long teamId) {

    /** A personal form routes to its owner's event types; a team form to the team's and to its creator's own. */
    public boolean mayRouteTo(RoutableEventType eventType) {
        if (eventType.ownerUserId() != null && eventType.ownerUserId() == userId) {
            return true;
        }
        return teamId != null && teamId.equals(eventType.teamId());
    }
}
