package dev.kairos.booking;

import dev.kairos.booking.BookingWriter.Placed;
import dev.kairos.booking.api.BookingResponse;
import dev.kairos.booking.api.BookingResponse.AttendeeResponse;
import dev.kairos.booking.api.BookingResponse.EventTypeRef;
import dev.kairos.booking.api.BookingResponse.HostResponse;
import dev.kairos.eventtype.EventTypeCatalog;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.team.MembershipRepository;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Renders bookings for a viewer, loading their hosts, attendees and seats in a few batched
 * queries. What a viewer who is not a host sees is decided here and nowhere else.
 */
@ApplicationScoped
class BookingViews {

    private final AttendeeRepository attendees;
    private final BookingSeatRepository seats;
    private final BookingHostRepository hostRows;
    private final UserRepository users;
    private final EventTypeCatalog eventTypes;
    private final MembershipRepository memberships;

    BookingViews(AttendeeRepository attendees, BookingSeatRepository seats, BookingHostRepository hostRows, UserRepository users,
            EventTypeCatalog eventTypes, MembershipRepository memberships) {
        this.attendees = attendees;
        this.seats = seats;
        this.hostRows = hostRows;
        this.users = users;
        this.eventTypes = eventTypes;
        this.memberships = memberships;
    }

    /** The caller as a viewer; the teams they administer are read once, and only if a team booking asks. */
    Viewer viewerOf(Caller caller, String seatUid) {
        if (caller == null || !caller.authenticated()) {
            return Viewer.anonymous(caller, seatUid);
        }
        long userId = caller.userId();
        return new Viewer(userId, caller.platformAdmin(), seatUid, once(() -> Set.copyOf(memberships.administeredTeamIds(userId))));
    }

    private static Supplier<Set<Long>> once(Supplier<Set<Long>> read) {
        return new Supplier<>() {
            private Set<Long> value;

            @Override
            public Set<Long> get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /** Views of placed bookings, each marked with the seat its request took. */
    List<BookingResponse> render(List<Placed> placed, Viewer viewer) {
        Map<Long, String> seatsTaken = new HashMap<>();
        placed.stream().filter(p -> p.seat() != null).forEach(p -> seatsTaken.put(p.booking().id, p.seat().seatUid));
        return render(placed.stream().map(Placed::booking).toList(), viewer, seatsTaken);
    }

    /**
     * Views of bookings this transaction just wrote, built from what the writer holds: no reads
     * unless a host or an event type that shows attendee info needs a seated booking's other seats.
     */
    List<BookingResponse> renderFresh(List<Placed> placed, EventTypeRules eventType, User host, Viewer viewer) {
        if (eventType.isTeam()) {
            return render(placed, viewer);
        }
        boolean full = viewer.seesInFull(List.of(host.id), eventType.ownerUserId(), null);
        boolean needsOtherSeats = eventType.isSeated() && (full || eventType.seatsShowAttendees());
        if (needsOtherSeats || placed.stream().anyMatch(p -> p.attendee() == null)) {
            return render(placed, viewer);
        }
        HostResponse hostView = new HostResponse(host.id, host.name, full ? host.email : null, host.username, host.timeZone);
        return placed.stream().map(p -> {
            BookingSeat seat = p.seat();
            AttendeeResponse attendee = attendee(p.attendee(), seat, p.booking().seated, full,
                    seat == null ? null : seat.seatUid, false);
            return view(p.booking(), List.of(hostView), List.of(attendee), eventType.slug(), seat == null ? null : seat.seatUid);
        }).toList();
    }

    /** What the viewer may see of each booking, in order; {@code createdSeats} marks the seat each booking's creation took. */
    List<BookingResponse> render(List<Booking> bookings, Viewer viewer, Map<Long, String> createdSeats) {
        List<Long> ids = bookings.stream().map(b -> b.id).toList();
        Map<Long, List<Long>> hostIds = hostRows.hostIds(ids);
        Map<Long, User> people = users.list("id in ?1", hostIds.values().stream().flatMap(List::stream).distinct().toList())
                .stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        Map<Long, List<Attendee>> attendeesByBooking = attendees.findByBookings(ids).stream()
                .collect(Collectors.groupingBy(a -> a.bookingId));
        Map<Long, BookingSeat> seatByAttendee = seats.findByBookings(bookings.stream().filter(b -> b.seated).map(b -> b.id).toList())
                .stream().collect(Collectors.toMap(s -> s.attendeeId, Function.identity()));
        Map<Long, Optional<EventTypeRules>> rules = new HashMap<>();
        List<BookingResponse> views = new ArrayList<>(bookings.size());
        for (Booking b : bookings) {
            Optional<EventTypeRules> eventType = b.eventTypeId == null ? Optional.empty()
                    : rules.computeIfAbsent(b.eventTypeId, eventTypes::findRules);
            List<Long> hosts = hostIds.getOrDefault(b.id, List.of());
            boolean full = viewer.seesInFull(hosts, eventType.map(EventTypeRules::ownerUserId).orElse(null),
                    eventType.map(EventTypeRules::teamId).orElse(null));
            String createdSeat = createdSeats.get(b.id);
            String ownSeat = createdSeat != null ? createdSeat : viewer.seatUid();
            boolean showOthers = full || eventType.map(EventTypeRules::seatsShowAttendees).orElse(false);
            List<AttendeeResponse> shown = attendeesByBooking.getOrDefault(b.id, List.of()).stream()
                    .map(a -> attendee(a, seatByAttendee.get(a.id), b.seated, full, ownSeat, showOthers))
                    .filter(Objects::nonNull).toList();
            List<HostResponse> hostViews = hosts.stream().map(people::get).filter(Objects::nonNull)
                    .map(u -> new HostResponse(u.id, u.name, full ? u.email : null, u.username, u.timeZone)).toList();
            views.add(view(b, hostViews, shown, eventType.map(EventTypeRules::slug).orElse(null), createdSeat));
        }
        return views;
    }

    private static AttendeeResponse attendee(Attendee a, BookingSeat seat, boolean seated, boolean full, String ownSeat,
            boolean showOthers) {
        if (!seated) {
            return new AttendeeResponse(a.name, a.email, a.timeZone, a.language, a.absent, a.phoneNumber, null, null, null);
        }
        boolean own = seat != null && seat.seatUid.equals(ownSeat);
        if (!own && !showOthers) {
            return null;
        }
        boolean details = own || full;
        return new AttendeeResponse(a.name, a.email, a.timeZone, a.language, a.absent, details ? a.phoneNumber : null,
                details && seat != null ? seat.seatUid : null, details && seat != null ? seat.bookingFieldsResponses : null,
                details && seat != null ? seat.metadata : null);
    }

    private static BookingResponse view(Booking b, List<HostResponse> hosts, List<AttendeeResponse> attendees, String slug,
            String seatUid) {
        return new BookingResponse(b.id, b.uid, b.title, b.description == null ? "" : b.description, hosts, b.status,
                b.cancellationReason != null ? b.cancellationReason : b.rejectionReason, b.reschedulingReason,
                b.rescheduledFromUid, b.rescheduledToUid, b.startTime, b.endTime, b.durationMinutes(), b.eventTypeId,
                new EventTypeRef(b.eventTypeId, slug), b.location == null ? "" : b.location, b.absentHost, attendees,
                b.seated ? null : b.guests, b.seated ? null : b.bookingFieldsResponses, b.seated ? null : b.metadata,
                b.recurringBookingUid, seatUid, b.createdAt, b.updatedAt);
    }
}
