package dev.kairos.booking;

import dev.kairos.booking.BookingWriter.Placed;
import dev.kairos.booking.api.AttendeeInput;
import dev.kairos.booking.api.BookingResponse;
import dev.kairos.booking.api.CreateBookingRequest;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.idempotency.IdempotentRequest;
import dev.kairos.slot.SlotReservation;
import dev.kairos.slot.SlotReservationRepository;
import dev.kairos.slot.SlotService;
import dev.kairos.slot.engine.Verdict;
import dev.kairos.user.User;
import dev.kairos.webhook.WebhookTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v2/bookings}: checks the request against the event type, then books every start
 * (one, or each occurrence of a series) under the hosts' lock, all or nothing.
 */
@ApplicationScoped
@Transactional
public class BookingCreator {

    private final SlotService slots;
    private final HostAssigner assigner;
    private final BookingWriter writer;
    private final IdempotentBookings idempotent;
    private final SlotReservationRepository reservations;
    private final SeriesPlanner series;
    private final BookingViews views;
    private final BookingEvents events;
    private final BookingAdmission admission;
    private final Clock clock;

    BookingCreator(SlotService slots, HostAssigner assigner, BookingWriter writer, IdempotentBookings idempotent,
            SlotReservationRepository reservations, SeriesPlanner series, BookingViews views, BookingEvents events,
            BookingAdmission admission, Clock clock) {
        this.slots = slots;
        this.assigner = assigner;
        this.writer = writer;
        this.idempotent = idempotent;
        this.reservations = reservations;
        this.series = series;
        this.views = views;
        this.events = events;
        this.admission = admission;
        this.clock = clock;
    }

    /**
     * What a creation produced: one booking, a series, or a seat, and their views for the caller;
     * {@code replayed} when an earlier request with the same key made them.
     */
    public record Created(List<Placed> placed, List<BookingResponse> views, boolean series, boolean replayed) {
    }

    /**
     * Books the request's start (or series), or explains why not.
     *
     * @throws ApiException 422 for the request's or the event type's rules, 409 for other people's time, 403 off the whitelist
     *                      or over the organisation's plan
     */
    public Created book(CreateBookingRequest request, Optional<IdempotentRequest.Key> key, Caller caller) {
        if (request.eventTypeId() == null && (request.eventTypeSlug() == null || request.username() == null && request.teamSlug() == null)) {
            throw ApiException.validation("eventTypeId", "is required: send eventTypeId, or eventTypeSlug with username or teamSlug");
        }
        EventTypeRules eventType = slots.eventType(request.eventTypeId(), request.organizationSlug(), request.username(), request.teamSlug(),
                request.eventTypeSlug());
        Optional<List<Placed>> earlier = key.flatMap(idempotent::find);
        if (earlier.isPresent()) {
            List<Placed> placed = earlier.get();
            return new Created(placed, views.render(placed, views.viewerOf(caller, null)), placed.get(0).booking().recurringBookingUid != null,
                    true);
        }
        User host = assigner.provisionalOrganizer(eventType);
        List<Long> routed = admission.routedMembers(eventType, request.routing());
        BookingDraft draft = draft(eventType, request, host);
        admission.checkWhitelist(eventType, draft.attendee().email());
        Instant start = request.start().toInstant();
        List<Instant> starts = series.starts(eventType, start, request.recurrenceCount(), host);
        admission.checkPlan(eventType, host, starts.size());
        Instant now = clock.instant();
        // The hosts' time is locked by the first start's check (placeAll), in the round trip that reads their busy time.
        Optional<SlotReservation> reservation = ownReservation(request.reservedSlotUid(), eventType, start, now);
        String seriesUid = !eventType.isSeated() && eventType.recurrence() != null ? UUID.randomUUID().toString() : null;
        List<Placed> placed = placeAll(draft, starts, request.lengthInMinutes(), reservation.map(r -> r.uid).orElse(null), seriesUid,
                key.orElse(null), routed, now);
        reservation.ifPresent(reservations::delete);
        admission.linkRouting(request.routing(), placed.get(0).booking().id);
        events.created(placed);
        return new Created(placed, views.renderFresh(placed, eventType, host, views.viewerOf(caller, null)), seriesUid != null, false);
    }

    private Placed place(BookingDraft draft, Instant start, String seriesUid, IdempotentRequest.Key key, Instant now) {
        String status = draft.statusFor(start, now);
        if (draft.eventType().isSeated()) {
            return writer.takeSeat(draft, start, status, seriesUid, key, now);
        }
        Booking booking = draft.toBooking(start, status, seriesUid, now);
        if (key != null) {
            writer.recordKey(booking, key);
        }
        Attendee attendee = new Attendee(0, draft.attendee(), now);
        Set<WebhookTrigger> heard = writer.insertRegular(booking, draft.eventType(), draft.blocks(status), List.of(attendee),
                draft.hostIds(), now);
        return new Placed(booking, null, attendee, true, heard);
    }

    private BookingDraft draft(EventTypeRules eventType, CreateBookingRequest request, User host) {
        AttendeeInput a = request.attendee();
        AttendeeDetails attendee = new AttendeeDetails(a.name().trim(), a.email() == null ? null : a.email().trim(), a.timeZone(),
                a.language(), a.phoneNumber());
        int length = request.lengthInMinutes() != null ? request.lengthInMinutes() : eventType.lengthInMinutes();
        if (!eventType.allowsLength(length)) {
            throw ApiException.validation("lengthInMinutes", "must be one of the event type's lengths: "
                    + (eventType.lengthInMinutesOptions().isEmpty() ? List.of(eventType.lengthInMinutes()) : eventType.lengthInMinutesOptions()));
        }
        BookingForm form = new BookingForm(eventType.bookingFields(), eventType.locations(), eventType.disableGuests());
        BookingForm.Answers answers = form.check(attendee, request.guests(), request.location(),
                request.bookingFieldsResponses(), request.metadata());
        Long routingResponse = request.routing() == null ? null : request.routing().responseId();
        return new BookingDraft(eventType, attendee, answers, length, host.id, host.name, eventType.hostIds(), routingResponse);
    }

    /** The caller's reservation of this start, which the booking consumes; an expired one no longer matters. */
    private Optional<SlotReservation> ownReservation(String uid, EventTypeRules eventType, Instant start, Instant now) {
        if (uid == null) {
            return Optional.empty();
        }
        Optional<SlotReservation> reservation = reservations.findActive(uid, now);
        if (reservation.isPresent() && (reservation.get().eventTypeId != eventType.id() || !reservation.get().slotStart.equals(start))) {
            throw ApiException.validation("reservedSlotUid", "reserves another slot (event type " + reservation.get().eventTypeId
                    + " at " + reservation.get().slotStart + "); book that start or leave reservedSlotUid out");
        }
        return reservation;
    }

    /**
     * Checks and books each start in turn, so that later occurrences of a series count the earlier
     * ones (booking limits); any refusal rolls the whole request back, naming every refused start.
     * The first check locks the hosts' time, which stays locked until the transaction ends.
     */
    private List<Placed> placeAll(BookingDraft draft, List<Instant> starts, Integer length, String reservationUid, String seriesUid,
            IdempotentRequest.Key key, List<Long> routed, Instant now) {
        ZoneId booker = ZoneId.of(draft.attendee().timeZone());
        Map<Instant, Verdict> refused = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Instant occurrence = starts.get(i);
            Verdict verdict = i == 0
                    ? slots.lockAndCheck(draft.eventType(), occurrence, length, null, reservationUid, booker)
                    : slots.check(draft.eventType(), occurrence, length, null, reservationUid, booker);
            if (!verdict.ok()) {
                if (starts.size() == 1) {
                    throw Refusals.of(verdict, "start");
                }
                refused.put(occurrence, verdict);
            } else if (refused.isEmpty()) {
                BookingDraft hosted = assigner.assign(draft, verdict.hostIds(), routed, now);
                placed.add(place(hosted, occurrence, seriesUid, placed.isEmpty() ? key : null, now));
            }
        }
        if (!refused.isEmpty()) {
            throw Refusals.ofSeries(refused);
        }
        return placed;
    }
}
