package dev.kairos.slot.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One case of ../shared/calcom-slot-cases.json mapped onto the engine's input model. */
record CalcomCase(String id, String level, boolean runnerSupported, List<String> quirks, JsonNode input,
                  JsonNode checks, JsonNode reference) {

    static final Path FILE = Path.of("../shared/calcom-slot-cases.json");

    static List<CalcomCase> all() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(FILE));
        List<CalcomCase> cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            List<String> quirks = new ArrayList<>();
            c.get("quirks").forEach(q -> quirks.add(q.asText()));
            cases.add(new CalcomCase(c.get("id").asText(), c.get("level").asText(),
                    c.get("runnerSupported").asBoolean(), quirks, c.get("input"),
                    c.get("expected").get("checks"), c.get("reference")));
        }
        return cases;
    }

    @Override
    public String toString() {
        return id;
    }

    /** The api level: a full getSchedule request. */
    SlotQuery apiQuery() {
        return apiQuery(input);
    }

    /** Maps a getSchedule-shaped input (also the shape of ../shared/bench/*.json). */
    static SlotQuery apiQuery(JsonNode input) {
        JsonNode et = input.get("eventType");
        boolean pendingBlocks = et.path("requiresConfirmationWillBlockSlot").asBoolean(false);
        List<HostInput> hosts = new ArrayList<>();
        for (JsonNode h : input.get("hosts")) {
            hosts.add(host(h, pendingBlocks));
        }
        EventRules.Builder rules = EventRules.builder(et.get("length").asInt())
                .slotInterval(et.hasNonNull("slotInterval") ? et.get("slotInterval").asInt() : null)
                .minimumNotice(et.path("minimumBookingNotice").asInt(0))
                .beforeBuffer(et.path("beforeEventBuffer").asInt(0))
                .afterBuffer(et.path("afterEventBuffer").asInt(0))
                .offsetStart(et.path("offsetStart").asInt(0))
                .schedulingType(schedulingType(et.path("schedulingType").asText("")))
                .bookingWindow(bookingWindow(et, hosts.get(0).zone()));
        et.path("bookingLimits").fields().forEachRemaining(e -> rules.countLimit(period(e.getKey()), e.getValue().asInt()));
        et.path("durationLimits").fields().forEachRemaining(e -> rules.durationLimit(period(e.getKey()), e.getValue().asInt()));
        JsonNode req = input.get("request");
        return new SlotQuery(Instant.parse(input.get("now").asText()), Instant.parse(req.get("start").asText()),
                Instant.parse(req.get("end").asText()), ZoneId.of(req.get("timeZone").asText()), rules.build(),
                hosts, null);
    }

    /** The getSlots level: resolved free windows become date overrides of one host. */
    SlotQuery getSlotsQuery() {
        ZoneId zone = ZoneId.of(input.get("hostTimeZone").asText());
        List<DateOverride> overrides = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (JsonNode w : input.get("availabilityWindows")) {
            Instant s = Instant.parse(w.get("start").asText());
            Instant e = Instant.parse(w.get("end").asText());
            first = first == null || s.isBefore(first) ? s : first;
            last = last == null || e.isAfter(last) ? e : last;
            LocalDateTime ls = LocalDateTime.ofInstant(s, zone);
            LocalDateTime le = LocalDateTime.ofInstant(e, zone);
            LocalTime end = le.toLocalDate().isAfter(ls.toLocalDate()) ? LocalTime.MAX : le.toLocalTime();
            overrides.add(new DateOverride(ls.toLocalDate(), ls.toLocalTime(), end));
        }
        EventRules rules = EventRules.builder(input.get("eventLength").asInt())
                .slotInterval(input.get("slotInterval").asInt())
                .minimumNotice(input.get("minimumBookingNotice").asInt()).build();
        HostInput host = HostInput.of(1, zone, List.of(), overrides, List.of());
        return new SlotQuery(Instant.parse(input.get("now").asText()), first, last,
                ZoneId.of(input.get("viewerTimeZone").asText()), rules, List.of(host), null);
    }

    /** The availabilityWindows level: the host of that case (OOO dates as whole-day busy time). */
    HostInput windowsHost() {
        ZoneId zone = ZoneId.of(input.get("hostTimeZone").asText());
        List<BusyInterval> ooo = new ArrayList<>();
        for (JsonNode d : input.path("outOfOfficeDates")) {
            LocalDate date = LocalDate.parse(d.asText());
            ooo.add(BusyInterval.of(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return HostInput.of(1, zone, weekly(input.get("weekly")), overrides(input.path("overrides")), ooo);
    }

    private static HostInput host(JsonNode h, boolean pendingBlocks) {
        List<BusyInterval> busy = new ArrayList<>();
        List<CountedBooking> counted = new ArrayList<>();
        for (JsonNode b : h.path("bookings")) {
            Instant s = Instant.parse(b.get("start").asText());
            Instant e = Instant.parse(b.get("end").asText());
            String status = b.get("status").asText();
            boolean same = b.get("sameEventType").asBoolean();
            if (status.equals("ACCEPTED") || (status.equals("PENDING") && pendingBlocks && same)) {
                busy.add(BusyInterval.booking(s, e, b.path("bookingEventTypeBeforeBuffer").asInt(0),
                        b.path("bookingEventTypeAfterBuffer").asInt(0)));
            }
            if (same && (status.equals("ACCEPTED") || status.equals("PENDING"))) {
                counted.add(new CountedBooking(s, e));
            }
        }
        for (String field : List.of("calendarBusy", "outOfOffice")) {
            for (JsonNode b : h.path(field)) {
                busy.add(BusyInterval.of(Instant.parse(b.get("start").asText()), Instant.parse(b.get("end").asText())));
            }
        }
        return new HostInput(h.get("id").asLong(), ZoneId.of(h.get("timeZone").asText()), weekly(h.get("weekly")),
                overrides(h.path("overrides")), busy, counted, h.path("isFixed").asBoolean(false), null);
    }

    static List<WeeklyRule> weekly(JsonNode weekly) {
        List<WeeklyRule> rules = new ArrayList<>();
        for (JsonNode w : weekly) {
            Set<DayOfWeek> days = new HashSet<>();
            w.get("days").forEach(d -> days.add(d.asInt() == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(d.asInt())));
            rules.add(new WeeklyRule(days, LocalTime.parse(w.get("start").asText()), LocalTime.parse(w.get("end").asText())));
        }
        return rules;
    }

    static List<DateOverride> overrides(JsonNode overrides) {
        List<DateOverride> out = new ArrayList<>();
        for (JsonNode o : overrides) {
            out.add(new DateOverride(LocalDate.parse(o.get("date").asText()), LocalTime.parse(o.get("start").asText()),
                    LocalTime.parse(o.get("end").asText())));
        }
        return out;
    }

    private static SchedulingType schedulingType(String s) {
        return switch (s) {
            case "COLLECTIVE" -> SchedulingType.COLLECTIVE;
            case "ROUND_ROBIN" -> SchedulingType.ROUND_ROBIN;
            default -> SchedulingType.PERSONAL;
        };
    }

    private static LimitPeriod period(String key) {
        return LimitPeriod.valueOf(key.substring("PER_".length()));
    }

    private static BookingWindow bookingWindow(JsonNode et, ZoneId hostZone) {
        String type = et.path("periodType").asText("UNLIMITED");
        boolean calendar = et.path("periodCountCalendarDays").asBoolean(true);
        int days = et.path("periodDays").asInt(0);
        return switch (type) {
            case "ROLLING", "ROLLING_WINDOW" -> calendar
                    ? BookingWindow.calendarDays(days, type.equals("ROLLING_WINDOW"))
                    : BookingWindow.businessDays(days, type.equals("ROLLING_WINDOW"));
            case "RANGE" -> BookingWindow.range(
                    LocalDate.ofInstant(Instant.parse(et.get("periodStartDate").asText()), hostZone),
                    LocalDate.ofInstant(Instant.parse(et.get("periodEndDate").asText()), hostZone), hostZone);
            default -> null;
        };
    }
}
