package dev.kairos.booking;

import dev.kairos.booking.BookingCreator.Created;
import dev.kairos.booking.api.CreateBookingRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.idempotency.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the bookers of one event type into {@link BookingCreator} one at a time per instance,
 * before their transaction takes a database connection. Inside, each waits for the host's
 * advisory lock holding a pooled connection, so a crowd rushing one slot would otherwise take the
 * whole pool and every other request would fail after the pool's acquisition timeout (500).
 * Queued here they hold none. Correctness does not depend on this queue: across instances the
 * host lock and the exclusion constraint still decide.
 */
@ApplicationScoped
class BookingQueue {

    /** Longer than any queue of honest bookers drains in; past it the instance is overloaded. */
    private static final long MAX_WAIT_SECONDS = 30;

    private final BookingCreator creator;
    /** Striped by event type; their number also caps this instance's booking transactions at half the pool. */
    private final ReentrantLock[] stripes;

    BookingQueue(BookingCreator creator, @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20") int poolSize) {
        this.creator = creator;
        this.stripes = new ReentrantLock[Math.max(1, poolSize / 2)];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** {@link BookingCreator#book}, in turn with the other bookers of the same event type. */
    Created book(CreateBookingRequest request, Optional<IdempotentRequest.Key> key, Caller caller) {
        ReentrantLock turn = stripes[Math.floorMod(eventTypeOf(request).hashCode(), stripes.length)];
        try {
            if (!turn.tryLock(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw ApiException.serviceUnavailable("Too many bookings of this event type are in progress; retry in a few seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.serviceUnavailable("The booking was interrupted while waiting its turn; retry");
        }
        try {
            return creator.book(request, key, caller);
        } finally {
            turn.unlock();
        }
    }

    private static String eventTypeOf(CreateBookingRequest request) {
        if (request.eventTypeId() != null) {
            return request.eventTypeId().toString();
        }
        return (request.organizationSlug() + "/" + request.username() + "/" + request.teamSlug() + "/" + request.eventTypeSlug())
                .toLowerCase(Locale.ROOT);
    }
}
