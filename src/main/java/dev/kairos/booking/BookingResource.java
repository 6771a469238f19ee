package dev.kairos.booking;

import dev.kairos.booking.BookingCreator.Created;
import dev.kairos.booking.BookingWriter.Placed;
import dev.kairos.booking.api.BookingFilters;
import dev.kairos.booking.api.BookingResponse;
import dev.kairos.booking.api.CancelBookingRequest;
import dev.kairos.booking.api.CancellationResponse;
import dev.kairos.booking.api.CreateBookingRequest;
import dev.kairos.booking.api.DeclineBookingRequest;
import dev.kairos.booking.api.MarkAbsentRequest;
import dev.kairos.booking.api.RescheduleBookingRequest;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.idempotency.IdempotencyFilter;
import dev.kairos.platform.idempotency.IdempotentRequest;
import dev.kairos.platform.pagination.PageParams;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bookings (Cal.com 2024-08-13) and the PRD's aliases. Creation, lookup, cancel and reschedule are
 * public: the booking uid (a seat's uid for a seat) is the attendee's credential. The operations
 * that change a booking render their answer in the service's transaction (joined here), so a
 * change is never committed without the client getting its answer.
 */
@Path("/v2/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingQueue bookingQueue;
    private final BookingRescheduler rescheduler;
    private final BookingCanceller canceller;
    private final HostActions hostActions;
    private final BookingQueries queries;
    private final CallerContext caller;
    private final IdempotentRequest idempotentRequest;

    BookingResource(BookingQueue bookingQueue, BookingRescheduler rescheduler, BookingCanceller canceller, HostActions hostActions,
            BookingQueries queries, CallerContext caller, IdempotentRequest idempotentRequest) {
        this.bookingQueue = bookingQueue;
        this.rescheduler = rescheduler;
        this.canceller = canceller;
        this.hostActions = hostActions;
        this.queries = queries;
        this.caller = caller;
        this.idempotentRequest = idempotentRequest;
    }

    @POST
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "createBooking", summary = "Book a slot",
            description = "Books a start that GET /v2/slots offers: one booking, a recurring series (an array) or, for seated "
                    + "event types, a seat (seatUid). 422 when the event type's rules refuse the start or the request, 409 when "
                    + "another booking, seat or reservation holds it.")
    @APIResponse(responseCode = "201", description = "The booking, or the series' bookings",
            content = @Content(schema = @Schema(oneOf = {BookingEnvelope.class, BookingListEnvelope.class})))
    public Response createBooking(@Valid @NotNull CreateBookingRequest request) {
        Created created = bookingQueue.book(request, idempotentRequest.key(), caller.caller());
        List<BookingResponse> views = created.views();
        Response.ResponseBuilder response = Response.created(URI.create("/v2/bookings/" + views.get(0).uid()))
                .entity(created.series() ? Success.of(views) : Success.of(views.get(0)));
        if (created.replayed()) {
            response.header(IdempotencyFilter.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @GET
    @Operation(operationId = "listBookings", summary = "List bookings",
            description = "Bookings the caller hosts or whose event types they own, filtered and paged.")
    public Page<BookingResponse> listBookings(@BeanParam BookingFilters filters, @BeanParam PageParams page) {
        return queries.list(authenticated(), filters, page);
    }

    @GET
    @Path("/{bookingUid}")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "getBooking", summary = "Get a booking, or a recurring series by its recurringBookingUid",
            description = "Hosts see the booking in full. Without a key: the booking, its hosts' names and the caller's own "
                    + "attendee (seated bookings: pass seatUid); other attendees only when the event type shows attendee info.")
    @APIResponse(responseCode = "200", description = "The booking, or the series' bookings",
            content = @Content(schema = @Schema(oneOf = {BookingEnvelope.class, BookingListEnvelope.class})))
    public Success<Object> getBooking(@PathParam("bookingUid") String uid,
            @Parameter(description = "The seat you hold, for seated bookings") @QueryParam("seatUid") String seatUid) {
        return Success.of(queries.get(uid, caller.caller(), seatUid));
    }

    @POST
    @Path("/{bookingUid}/reschedule")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "rescheduleBooking", summary = "Reschedule a booking",
            description = "Creates a booking at the new start with a new uid and cancels this one (rescheduledToUid). For seated "
                    + "bookings moves only the seat given by seatUid.")
    @APIResponse(responseCode = "201", description = "The new booking",
            content = @Content(schema = @Schema(implementation = BookingEnvelope.class)))
    @Transactional
    public Response rescheduleBooking(@PathParam("bookingUid") String uid, @Valid @NotNull RescheduleBookingRequest request) {
        return Response.status(Response.Status.CREATED).entity(Success.of(rescheduled(uid, request))).build();
    }

    @PATCH
    @Path("/{bookingUid}")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "updateBooking", summary = "Reschedule a booking (PRD alias of POST .../reschedule)")
    @Transactional
    public Success<BookingResponse> updateBooking(@PathParam("bookingUid") String uid, @Valid @NotNull RescheduleBookingRequest request) {
        return Success.of(rescheduled(uid, request));
    }

    @POST
    @Path("/{bookingUid}/cancel")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking, a seat of it, or the rest of a series")
    @Transactional
    public Success<BookingResponse> cancelBooking(@PathParam("bookingUid") String uid, @Valid CancelBookingRequest request) {
        return Success.of(one(canceller.cancel(uid, request == null ? CancelBookingRequest.EMPTY : request, caller.caller())));
    }

    @DELETE
    @Path("/{bookingUid}")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "deleteBooking", summary = "Cancel a booking (PRD alias of POST .../cancel)",
            description = "The reason may come in an optional body or as ?cancellationReason=.")
    @Transactional
    public Success<BookingResponse> deleteBooking(@PathParam("bookingUid") String uid,
            @QueryParam("cancellationReason") String cancellationReason, @Valid CancelBookingRequest request) {
        CancelBookingRequest cancel = request != null ? request : new CancelBookingRequest(cancellationReason, null, null);
        if (cancel.cancellationReason() != null && cancel.cancellationReason().length() > 1000) {
            throw dev.kairos.platform.error.ApiException.invalidRequest("cancellationReason must be at most 1000 characters");
        }
        return Success.of(one(canceller.cancel(uid, cancel, caller.caller())));
    }

    @GET
    @Path("/{bookingUid}/cancellations")
    @Operation(operationId = "listBookingCancellations", summary = "Cancellations of a booking and its seats (host only)",
            description = "Who cancelled, and what the event type's refund policy (refundWindowHours, price, currency) decided.")
    public Success<List<CancellationResponse>> listBookingCancellations(@PathParam("bookingUid") String uid) {
        return Success.of(queries.cancellations(uid, authenticated()));
    }

    @POST
    @Path("/{bookingUid}/confirm")
    @Operation(operationId = "confirmBooking", summary = "Confirm a pending booking (host only)")
    @Transactional
    public Success<BookingResponse> confirmBooking(@PathParam("bookingUid") String uid) {
        return Success.of(one(hostActions.confirm(uid, authenticated())));
    }

    @POST
    @Path("/{bookingUid}/decline")
    @Operation(operationId = "declineBooking", summary = "Decline a pending booking (host only)")
    @Transactional
    public Success<BookingResponse> declineBooking(@PathParam("bookingUid") String uid, @Valid DeclineBookingRequest request) {
        return Success.of(one(hostActions.decline(uid, request == null ? null : request.reason(), authenticated())));
    }

    @POST
    @Path("/{bookingUid}/mark-absent")
    @Operation(operationId = "markAbsent", summary = "Record who did not show up (host only, after the start)")
    @Transactional
    public Success<BookingResponse> markAbsent(@PathParam("bookingUid") String uid, @Valid @NotNull MarkAbsentRequest request) {
        return Success.of(one(hostActions.markAbsent(uid, request, authenticated())));
    }

    private BookingResponse rescheduled(String uid, RescheduleBookingRequest request) {
        Placed placed = rescheduler.reschedule(uid, request, caller.caller());
        Map<Long, String> seat = placed.seat() == null ? Map.of() : Map.of(placed.booking().id, placed.seat().seatUid);
        return queries.render(List.of(placed.booking()), caller.caller(), seat).get(0);
    }

    private BookingResponse one(Booking booking) {
        return queries.render(List.of(booking), caller.caller(), Map.of()).get(0);
    }

    private dev.kairos.platform.auth.Caller authenticated() {
        caller.userId();
        return caller.caller();
    }

    /** Documents a single booking's envelope. */
    @Schema(name = "BookingEnvelope")
    public record BookingEnvelope(@Schema(enumeration = "success") String status, BookingResponse data) {
    }

    /** Documents a series' envelope. */
    @Schema(name = "BookingListEnvelope")
    public record BookingListEnvelope(@Schema(enumeration = "success") String status, List<BookingResponse> data) {
    }
}
