package dev.kairos.booking;

import dev.kairos.booking.api.BookingFilters;
import dev.kairos.booking.api.BookingResponse;
import dev.kairos.booking.api.CancellationResponse;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.platform.pagination.Pagination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Reading bookings: one by uid (or a recurring series by its uid) and the caller's filtered, paged list. */
@ApplicationScoped
@Transactional
public class BookingQueries {

    private final BookingRepository bookings;
    private final BookingViews views;
    private final BookingAccess access;
    private final CancellationLedger ledger;
    private final EntityManager entityManager;
    private final Clock clock;

    BookingQueries(BookingRepository bookings, BookingViews views, BookingAccess access, CancellationLedger ledger,
            EntityManager entityManager, Clock clock) {
        this.bookings = bookings;
        this.views = views;
        this.access = access;
        this.ledger = ledger;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The cancellations of a booking and its seats with their refund decisions; hosts only. */
    public List<CancellationResponse> cancellations(String uid, Caller caller) {
        Booking booking = access.findAsHost(uid, caller, "read the cancellations of").booking();
        return ledger.of(booking).stream().map(c -> new CancellationResponse(c.cancelledBy, c.cancelledByRole, c.seatUid,
                c.cancellationReason, c.withinRefundWindow, c.refundStatus, c.refundAmount, c.currency, c.createdAt)).toList();
    }

    /**
     * A booking by its uid, or every occurrence of a series by its {@code recurringBookingUid}.
     *
     * @return one view, or the series' views in order
     */
    public Object get(String uid, Caller caller, String seatUid) {
        entityManager.unwrap(Session.class).setDefaultReadOnly(true);
        Viewer viewer = Viewer.of(caller, seatUid);
        return bookings.findByUid(uid).<Object>map(b -> views.render(List.of(b), viewer, Map.of()).get(0))
                .orElseGet(() -> {
                    List<Booking> series = bookings.findSeries(uid);
                    if (series.isEmpty()) {
                        throw ApiException.notFound("No booking " + uid);
                    }
                    return views.render(series, viewer, Map.of());
                });
    }

    /** Views of freshly written bookings, for the responses of creation and reschedule. */
    public List<BookingResponse> render(List<Booking> written, Caller caller, Map<Long, String> createdSeats) {
        return views.render(written, Viewer.of(caller, null), createdSeats);
    }

    /** The bookings the caller hosts or whose event types they own, filtered, sorted and paged. */
    public Page<BookingResponse> list(Caller caller, BookingFilters filters, PageParams page) {
        entityManager.unwrap(Session.class).setDefaultReadOnly(true);
        int limit = page.limit();
        int offset = page.offset();
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filters, params);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM bookings b WHERE " + where);
        Query ids = entityManager.createNativeQuery("SELECT b.id FROM bookings b WHERE " + where + " ORDER BY " + filters.orderBy())
                .setFirstResult(offset).setMaxResults(limit);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> pageIds = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Booking> byId = bookings.list("id in ?1", pageIds).stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        List<Booking> ordered = pageIds.stream().map(byId::get).toList();
        List<BookingResponse> data = views.render(ordered, Viewer.of(caller, null), Map.of());
        return new Page<>("success", data, Pagination.of(offset, limit, data.size(), total));
    }

    private String where(Caller caller, BookingFilters filters, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        params.put("me", caller.userId());
        clauses.add("(b.user_id = :me OR EXISTS (SELECT 1 FROM booking_hosts bh WHERE bh.booking_id = b.id AND bh.user_id = :me)"
                + " OR b.event_type_id IN (SELECT et.id FROM event_types et WHERE et.owner_user_id = :me))");
        List<String> statuses = filters.statuses();
        if (!statuses.isEmpty()) {
            String anyStatus = statuses.stream().map(BookingQueries::statusClause).collect(Collectors.joining(" OR "));
            clauses.add("(" + anyStatus + ")");
            // Binding a parameter the query does not use fails, and status=cancelled alone does not use :now.
            if (anyStatus.contains(":now")) {
                params.put("now", clock.instant());
            }
        }
        if (filters.attendeeEmail() != null) {
            params.put("email", filters.attendeeEmail());
            clauses.add("EXISTS (SELECT 1 FROM attendees a WHERE a.booking_id = b.id AND lower(a.email) = lower(:email))");
        }
        List<Long> eventTypeIds = filters.eventTypeIds();
        if (!eventTypeIds.isEmpty()) {
            params.put("eventTypes", eventTypeIds);
            clauses.add("b.event_type_id IN (:eventTypes)");
        }
        addBound(clauses, params, "b.start_time >=", "afterStart", filters.afterStart());
        addBound(clauses, params, "b.end_time <=", "beforeEnd", filters.beforeEnd());
        addBound(clauses, params, "b.created_at >=", "afterCreatedAt", filters.afterCreatedAt());
        addBound(clauses, params, "b.created_at <=", "beforeCreatedAt", filters.beforeCreatedAt());
        return String.join(" AND ", clauses);
    }

    private static void addBound(List<String> clauses, Map<String, Object> params, String test, String name, Object value) {
        if (value != null) {
            params.put(name, value);
            clauses.add(test + " :" + name);
        }
    }

    private static String statusClause(String status) {
        return switch (status) {
            case "upcoming" -> "(b.end_time >= :now AND b.status IN ('accepted', 'pending'))";
            case "recurring" -> "(b.recurring_booking_uid IS NOT NULL AND b.end_time >= :now AND b.status IN ('accepted', 'pending'))";
            case "past" -> "(b.end_time < :now AND b.status IN ('accepted', 'pending'))";
            case "cancelled" -> "(b.status IN ('cancelled', 'rejected'))";
            default -> "(b.status = 'pending' AND b.end_time >= :now)";
        };
    }
}
