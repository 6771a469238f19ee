package dev.kairos.eventtype;

import static dev.kairos.eventtype.EventTypeFixtures.create;
import static dev.kairos.eventtype.EventTypeFixtures.uniqueSlug;
import static dev.kairos.eventtype.EventTypeFixtures.usernameOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read side the slot engine and bookings use: what the API stored, as plain values. */
@QuarkusTest
class EventTypeCatalogTest {

    @Inject
    EventTypeCatalog catalog;

    @Test
    void rulesCarryEverySchedulingSetting() {
        TestUser host = Api.newUser();
        long scheduleId = Rows.schedule(host.id());
        long id = create(host, Map.ofEntries(Map.entry("lengthInMinutes", 60), Map.entry("lengthInMinutesOptions", List.of(30, 60)),
                Map.entry("slotInterval", 15), Map.entry("minimumBookingNotice", 120), Map.entry("beforeEventBuffer", 10),
                Map.entry("afterEventBuffer", 5), Map.entry("offsetStart", 3), Map.entry("scheduleId", scheduleId),
                Map.entry("onlyShowFirstAvailableSlot", true), Map.entry("hidden", true),
                Map.entry("bookingWindow", Map.of("type", "businessDays", "value", 10, "rolling", true)),
                Map.entry("bookingLimitsCount", Map.of("day", 2, "week", 6)),
                Map.entry("bookingLimitsDuration", Map.of("month", 600)),
                Map.entry("confirmationPolicy", Map.of("type", "time", "noticeThreshold", Map.of("unit", "hours", "count", 24),
                        "blockUnconfirmedBookingsInBooker", true))));
        EventTypeRules rules = catalog.rulesFor(id);
        assertEquals(host.id(), rules.ownerUserId());
        assertNull(rules.teamId());
        assertEquals(scheduleId, rules.scheduleId());
        assertEquals(60, rules.lengthInMinutes());
        assertEquals(List.of(30, 60), rules.lengthInMinutesOptions());
        assertTrue(rules.allowsLength(30));
        assertFalse(rules.allowsLength(45));
        assertEquals(15, rules.effectiveSlotInterval());
        assertEquals(120, rules.minimumBookingNotice());
        assertEquals(10, rules.beforeEventBuffer());
        assertEquals(5, rules.afterEventBuffer());
        assertEquals(3, rules.offsetStart());
        assertTrue(rules.onlyShowFirstAvailableSlot());
        assertTrue(rules.hidden());
        assertTrue(rules.bookingWindow().isBusinessDays());
        assertEquals(10, rules.bookingWindow().days());
        assertTrue(rules.bookingWindow().rolling());
        assertEquals(new IntervalLimits(2, 6, null, null), rules.bookingLimitsCount());
        assertEquals(new IntervalLimits(null, null, 600, null), rules.bookingLimitsDuration());
        assertTrue(rules.requiresConfirmation());
        assertTrue(rules.blockUnconfirmedBookings());
        assertTrue(rules.needsConfirmation(Duration.ofHours(23)));
        assertFalse(rules.needsConfirmation(Duration.ofHours(25)));
        assertFalse(rules.isSeated());
        assertEquals(7, rules.bookingFields().size());
        assertEquals(List.of(new EventTypeRules.Host(host.id(), true, "medium", 100, null, scheduleId)), rules.hosts());
    }

    @Test
    void rulesOfASeatedEventTypeWithARangeWindow() {
        TestUser host = Api.newUser();
        long id = create(host, Map.of("seats", Map.of("seatsPerTimeSlot", 12, "showAttendeeInfo", true, "showAvailabilityCount", true),
                "bookingWindow", Map.of("type", "range", "value", List.of("2030-03-01", "2030-03-31"))));
        EventTypeRules rules = catalog.rulesFor(id);
        assertTrue(rules.isSeated());
        assertEquals(12, rules.seatsPerTimeSlot());
        assertTrue(rules.seatsShowAttendees());
        assertTrue(rules.seatsShowAvailabilityCount());
        assertTrue(rules.bookingWindow().isRange());
        assertEquals(LocalDate.of(2030, 3, 1), rules.bookingWindow().rangeStart());
        assertEquals(LocalDate.of(2030, 3, 31), rules.bookingWindow().rangeEnd());
        assertNull(rules.bookingWindow().days());
        assertEquals(30, rules.effectiveSlotInterval());
        assertFalse(rules.needsConfirmation(Duration.ZERO));
    }

    @Test
    void hiddenEventTypesAreFoundByUsernameAndSlug() {
        TestUser host = Api.newUser();
        String slug = uniqueSlug("unlisted");
        long id = create(host, Map.of("slug", slug, "hidden", true));
        assertEquals(id, catalog.rulesFor(null, usernameOf(host), slug).id());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApiException.class, () -> catalog.rulesFor(null, usernameOf(host), "nope")).code());
        assertTrue(catalog.findRules(Long.MAX_VALUE).isEmpty());
    }
}
