package dev.kairos.slot;

import static dev.kairos.slot.SlotFixtures.booking;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.setClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.slot.engine.BusyInterval;
import dev.kairos.slot.engine.HostInput;
import dev.kairos.slot.engine.Slot;
import dev.kairos.slot.engine.SlotEngine;
import dev.kairos.slot.engine.SlotQuery;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For event types without seats, a host's bookings are read merged into runs of busy time
 * (range_agg) instead of one row each. The slots must not change: listing them from the merged runs
 * and from the bookings one by one (with each booking's own buffers) gives the same slots, for
 * event types with and without buffers, with and without a booking left out (a reschedule).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class MergedBusyTimeTest {

    private static final Instant NOW = Instant.parse("2030-01-07T06:00:00Z");
    private static final Instant FIRST = Instant.parse("2030-01-08T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AvailabilityLoader loader;

    @Inject
    BusyTimeRepository busyTime;

    @Inject
    SlotService slots;

    @Test
    void mergedRunsListTheSameSlotsAsEachBooking() throws Exception {
        setClock(NOW.toString());
        TestUser host = Scheduling.host("UTC", "00:00", "23:59");
        long other = eventType(host, Map.of("lengthInMinutes", 30));
        List<String> uids = bookDays(host.id(), other, new Random(20261207));
        List<Map<String, Object>> shapes = List.of(
                Map.of("lengthInMinutes", 15),
                Map.of("lengthInMinutes", 15, "beforeEventBuffer", 10, "afterEventBuffer", 5, "slotInterval", 5),
                Map.of("lengthInMinutes", 45, "afterEventBuffer", 20, "slotInterval", 10),
                Map.of("lengthInMinutes", 20, "beforeEventBuffer", 30));
        int listed = 0;
        for (Map<String, Object> shape : shapes) {
            long queried = eventType(host, shape);
            for (String excluded : new String[] {null, uids.get(7), uids.get(uids.size() / 2)}) {
                List<Slot> fromRuns = listing(queried, excluded, false);
                List<Slot> fromEach = listing(queried, excluded, true);
                assertEquals(fromEach, fromRuns, "event type " + shape + ", leaving out " + excluded);
                listed += fromRuns.size();
            }
            assertNotEquals(listing(queried, null, false), listing(queried, uids.get(uids.size() / 2), false),
                    "leaving a booking out frees its time");
        }
        assertTrue(listed > 100, "the comparison covers enough slots: " + listed);
    }

    @Test
    void runsMergeBackToBackAndOverlappingBuffersButKeepGaps() throws Exception {
        setClock(NOW.toString());
        TestUser host = Scheduling.host("UTC", "00:00", "23:59");
        long eventType = eventType(host, Map.of("lengthInMinutes", 15));
        booking(dataSource, host.id(), eventType, at("09:00"), at("09:15"), 0, 0);
        booking(dataSource, host.id(), eventType, at("09:15"), at("09:30"), 0, 10);
        booking(dataSource, host.id(), eventType, at("09:45"), at("10:00"), 5, 0);
        booking(dataSource, host.id(), eventType, at("11:00"), at("11:30"), 0, 0);
        List<BusyTimeRepository.BookedTime> runs = QuarkusTransaction.requiringNew().call(() -> busyTime.busyTime(
                List.of(host.id()), eventType, FIRST, FIRST.plus(Duration.ofDays(1)), NOW, null, null, false).bookings());
        assertEquals(List.of(at("09:00") + "-" + at("10:00"), at("11:00") + "-" + at("11:30")),
                runs.stream().map(r -> r.busyStart() + "-" + r.busyEnd()).toList());
    }

    private static Instant at(String time) {
        return Instant.parse("2030-01-08T" + time + ":00Z");
    }

    /**
     * Three days of bookings of the host's other event type: random lengths, own buffers and
     * gaps (none: back to back), so that runs form, buffers overlap the queried event type's and
     * gaps of every size are left between them.
     */
    private List<String> bookDays(long hostId, long eventType, Random random) throws Exception {
        List<String> uids = new ArrayList<>();
        Instant cursor = FIRST;
        Instant end = FIRST.plus(Duration.ofDays(3));
        while (cursor.isBefore(end)) {
            int gap = random.nextInt(4) == 0 ? 0 : 5 * random.nextInt(12);
            int before = random.nextInt(3) == 0 ? 5 * random.nextInt(4) : 0;
            int after = random.nextInt(3) == 0 ? 5 * random.nextInt(4) : 0;
            Instant start = cursor.plus(Duration.ofMinutes(gap + before));
            Instant stop = start.plus(Duration.ofMinutes(15L * (1 + random.nextInt(4))));
            uids.add(booking(dataSource, hostId, eventType, start, stop, before, after));
            cursor = stop.plus(Duration.ofMinutes(after));
        }
        return uids;
    }

    /** The slots of the middle day, with the host's busy time read merged or one booking at a time. */
    private List<Slot> listing(long eventTypeId, String excluded, boolean eachBooking) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EventTypeRules eventType = slots.eventType(eventTypeId, null, null, null, null);
            Instant from = FIRST.plus(Duration.ofDays(1));
            Instant to = from.plus(Duration.ofDays(1)).minusMillis(1);
            SlotQuery merged = loader.load(eventType, NOW, from, to, ZoneId.of("UTC"), null,
                    new AvailabilityLoader.Exclusions(excluded, null));
            if (!eachBooking) {
                return new SlotEngine().slots(merged);
            }
            SlotEngine.Range range = SlotEngine.dataRange(merged);
            List<BusyInterval> each = busyTime.busyTime(eventType.hostIds(), eventTypeId, range.start(), range.end(), NOW, excluded,
                    null, true).bookings().stream().map(b -> BusyInterval.booking(b.start(), b.end(),
                            (int) ChronoUnit.MINUTES.between(b.busyStart(), b.start()),
                            (int) ChronoUnit.MINUTES.between(b.end(), b.busyEnd()))).toList();
            List<HostInput> hosts = merged.hosts().stream().map(h -> new HostInput(h.id(), h.zone(), h.weekly(), h.overrides(), each,
                    h.limitBookings(), h.mandatory(), h.groupId())).toList();
            return new SlotEngine().slots(new SlotQuery(merged.now(), merged.rangeStart(), merged.rangeEnd(), merged.viewerZone(),
                    merged.rules(), hosts, merged.duration()));
        });
    }
}
