package dev.kairos.platform.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one way Kairos writes an instant: ISO-8601 in UTC with milliseconds, as Cal.com does. */
public final class Instants {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Instants() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
