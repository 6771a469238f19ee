/**
 * The slot engine: pure availability maths over {@code java.time}, no framework types and no I/O.
 *
 * <p>Input is a {@link dev.kairos.slot.engine.SlotQuery} (now, range, viewer zone, the event
 * type's {@link dev.kairos.slot.engine.EventRules} and one {@link dev.kairos.slot.engine.HostInput}
 * per host); output is an ordered list of {@link dev.kairos.slot.engine.Slot}s, or a
 * {@link dev.kairos.slot.engine.Verdict} for one requested start. {@link
 * dev.kairos.slot.engine.SlotEngine#check} is computed from the very same listing, so a start the
 * API lists is bookable and a start it does not list is refused.
 *
 * <h2>Contract with the adapter (the code that loads hosts and bookings)</h2>
 * <ul>
 *   <li>{@link dev.kairos.slot.engine.HostInput#busy()} holds only what blocks: accepted bookings,
 *       pending bookings only when the event type blocks unconfirmed bookings, unexpired slot
 *       reservations of other bookers (not for seated slots), external calendar busy time and time
 *       off. The booking being rescheduled ({@code bookingUidToReschedule}) is left out, so it does
 *       not block itself; the same goes for {@link dev.kairos.slot.engine.HostInput#limitBookings()}.
 *   <li>Each busy interval carries the buffers of its own event type; the engine adds this event
 *       type's buffers (blocked = [start - (its before + our after), end + (its after + our
 *       before)], as Cal.com does).
 *   <li>Busy data must cover {@link dev.kairos.slot.engine.SlotEngine#dataRange(SlotQuery)}, which
 *       is wider than the requested range (whole days, and from today for rolling windows).
 * </ul>
 */
package dev.kairos.slot.engine;
