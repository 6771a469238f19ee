package dev.kairos.routing;

import java.util.List;

/**
 * What routing needs to know about an event type: whose it is, its hosts (team event types) and
 * its booking page path.
 *
 * @param ownerUserId the owner of a personal event type, else null
 * @param teamId      the team of a team event type, else null
 * @param hostIds     the hosts of a team event type, in the order they were added; empty for personal ones
 * @param bookingPath {@code /{username}/{slug}} or {@code /team/{teamSlug}/{slug}}
 * @param organizationSlug the organisation of its owner or team, which finds it together with the
 *                         path's username or team slug; null outside organisations
 */
public record RoutableEventType(long id, String slug, Long ownerUserId, Long teamId, List<Long> hostIds, String bookingPath,
        String organizationSlug) {

    public RoutableEventType {
        hostIds = List.copyOf(hostIds);
    }

    /** An event type outside any organisation. */
    public RoutableEventType(long id, String slug, Long ownerUserId, Long teamId, List<Long> hostIds, String bookingPath) {
        this(id, slug, ownerUserId, teamId, hostIds, bookingPath, null);
    }
}
