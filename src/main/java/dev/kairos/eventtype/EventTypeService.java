package dev.kairos.eventtype;

import dev.kairos.eventtype.api.CreateEventTypeRequest;
import dev.kairos.eventtype.api.EventTypeInput;
import dev.kairos.eventtype.api.UpdateEventTypeRequest;
import dev.kairos.organization.plan.PlanLimits;
import dev.kairos.platform.error.ApiException;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Creating, changing, deleting and listing event types. */
@ApplicationScoped
@Transactional
public class EventTypeService {

    private final EventTypeRepository eventTypes;
    private final UserRepository users;
    private final PlanLimits plans;
    private final Clock clock;

    EventTypeService(EventTypeRepository eventTypes, UserRepository users, PlanLimits plans, Clock clock) {
        this.eventTypes = eventTypes;
        this.users = users;
        this.plans = plans;
        this.clock = clock;
    }

    /** One page of event types and the user who owns them. */
    public record Listing(User owner, List<EventType> items, long total) {
    }

    /**
     * Creates a personal event type of {@code userId}; without locations it takes place on Cal
     * Video, as in Cal.com.
     *
     * @throws ApiException 422 for an invalid value, 409 when the owner already uses the slug, 403
     *                      PLAN_LIMIT_EXCEEDED when the owner's organisation has no event type left in its plan
     */
    public EventType create(long userId, CreateEventTypeRequest request) {
        EventType eventType = EventType.personal(userId, clock.instant());
        eventType.locations = new ArrayList<>(List.of(Location.CAL_VIDEO));
        checkOwnerRules(userId, null, request);
        EventTypeSettings.apply(request, eventType);
        plans.admitEventType(users.findById(userId).organizationId);
        eventTypes.persist(eventType);
        return eventType;
    }

    /**
     * Applies the fields sent to one of the caller's event types.
     *
     * @throws ApiException 404 unless the caller owns it, 422 / 409 as for {@link #create}
     */
    public EventType update(long userId, long id, UpdateEventTypeRequest request) {
        EventType eventType = owned(userId, id);
        checkOwnerRules(userId, id, request);
        EventTypeSettings.apply(request, eventType);
        eventType.updatedAt = clock.instant();
        return eventType;
    }

    /**
     * Deletes one of the caller's event types; its bookings stay, without an event type.
     *
     * @throws ApiException 404 unless the caller owns it
     */
    public EventType delete(long userId, long id) {
        EventType eventType = owned(userId, id);
        eventTypes.delete(eventType);
        return eventType;
    }

    /**
     * With {@code username}: that user's listed event types (hidden ones never), only the one
     * with {@code eventSlug} if given; anyone may ask. Without: all of the caller's own.
     *
     * @throws ApiException 400 when neither a key nor a username was given, 404 for an unknown username
     */
    public Listing list(Long callerId, String username, String eventSlug, int offset, int limit) {
        if (username != null && !username.isBlank()) {
            User owner = users.findByUsername(username.trim())
                    .orElseThrow(() -> ApiException.notFound("No user with the username " + username));
            String slug = eventSlug == null || eventSlug.isBlank() ? null : eventSlug.trim();
            return new Listing(owner, eventTypes.pageListedOf(owner.id, slug, offset, limit),
                    eventTypes.countListedOf(owner.id, slug));
        }
        if (callerId == null) {
            throw ApiException.invalidRequest("Pass ?username= (and optionally eventSlug=) to see a user's public event types, "
                    + "or send an API key to list your own");
        }
        if (eventSlug != null) {
            throw ApiException.invalidRequest("eventSlug needs username: pass ?username=&eventSlug=");
        }
        User owner = users.findByIdOptional(callerId).orElseThrow();
        return new Listing(owner, eventTypes.pageOwnedBy(callerId, offset, limit), eventTypes.countOwnedBy(callerId));
    }

    private EventType owned(long userId, long id) {
        return eventTypes.findOwnedBy(id, userId).orElseThrow(() -> ApiException.notFound("No event type " + id));
    }

    /** Checked before the event type changes, so that no pending update is flushed by these queries. */
    private void checkOwnerRules(long userId, Long id, EventTypeInput request) {
        if (request.schedulingType() != null || request.hosts() != null || request.assignAllTeamMembers() != null) {
            throw ApiException.validation(request.schedulingType() != null ? "schedulingType" : request.hosts() != null ? "hosts"
                    : "assignAllTeamMembers", "only team event types have hosts; create it under /v2/teams/{teamId}/event-types");
        }
        if (request.scheduleId() != null && !eventTypes.scheduleBelongsTo(request.scheduleId(), userId)) {
            throw ApiException.validation("scheduleId", "no schedule " + request.scheduleId() + " of yours exists");
        }
        if (request.slug() != null && eventTypes.slugTakenByAnother(userId, request.slug(), id)) {
            throw ApiException.conflict("You already have an event type with the slug '" + request.slug()
                    + "'; choose another slug or change that event type");
        }
    }
}
