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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
        Viewer viewer = views.viewerOf(caller, seatUid);
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
        return views.render(written, views.viewerOf(caller, null), createdSeats);
    }

    /** The bookings the caller hosts or whose event types they own, filtered, sorted and paged. */
    public Page<BookingResponse> list(Caller caller, BookingFilters filters, PageParams page) {
        entityManager.unwrap(Session.class).setDefaultReadOnly(true);
        int limit = page.limit();
        int offset = page.offset();
        BookingRepository.Found found = bookings.pageVisibleTo(caller.userId(), filters, offset, limit, clock.instant());
        List<BookingResponse> data = views.render(found.page(), views.viewerOf(caller, null), Map.of());
        return new Page<>("success", data, Pagination.of(offset, limit, data.size(), found.total()));
    }
}
