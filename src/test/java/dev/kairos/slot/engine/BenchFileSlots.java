package dev.kairos.slot.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The engine's answer for a ../shared/bench file (or any input of the getSchedule shape), computed
 * in process from the file's data, for checks outside this package: the HTTP benchmark compares
 * what the API answers once the same data went through the API and PostgreSQL. The engine's own
 * agreement with Cal.com is {@link CalcomCompatibilityTest}'s business.
 */
public final class BenchFileSlots {

    private BenchFileSlots() {
    }

    /** Slot starts for the file's request, sorted. */
    public static List<Instant> starts(JsonNode input) {
        return new SlotEngine().slots(CalcomCase.apiQuery(input)).stream().map(Slot::start).toList();
    }
}
