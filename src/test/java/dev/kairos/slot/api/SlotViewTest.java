package dev.kairos.slot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The hand-written slot time format prints exactly what the pattern would. */
class SlotViewTest {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    @Test
    void matchesThePatternInManyZonesAndInstants() {
        String[] zones = { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham",
                "America/St_Johns", "Australia/Lord_Howe" };
        Instant instant = Instant.parse("2024-01-01T00:00:00Z");
        for (int step = 0; step < 2_000; step++) {
            instant = instant.plusSeconds(4_321 * 60L + 7).plusMillis(step % 1000);
            for (String zone : zones) {
                ZoneId id = ZoneId.of(zone);
                assertEquals(PATTERN.format(instant.atZone(id)), SlotView.format(instant, id), zone + " " + instant);
            }
        }
    }
}
