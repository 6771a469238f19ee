package dev.kairos.slot.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one Cal.com case through the engine and compares with Cal.com's reference and checks. */
final class CalcomOutcome {

    final CalcomCase c;
    final boolean matchesReference;
    final List<String> failedChecks = new ArrayList<>();
    String observed = "";

    private Map<String, List<Instant>> byDate = Map.of();
    private List<Instant> flat = List.of();
    private List<Window> windows = List.of();
    private List<Window> oooWindows = List.of();
    private ZoneId hostZone = ZoneId.of("UTC");

    CalcomOutcome(CalcomCase c) {
        this.c = c;
        SlotEngine engine = new SlotEngine();
        JsonNode ref = c.reference();
        switch (c.level()) {
            case "api" -> {
                SlotQuery q = c.apiQuery();
                flat = engine.slots(q).stream().map(Slot::start).toList();
                byDate = group(flat, q.viewerZone());
                observed = byDate.toString();
                matchesReference = byDate.equals(refByDate(ref.get("slots")));
            }
            case "getSlots" -> {
                SlotQuery q = c.getSlotsQuery();
                flat = engine.slots(q).stream().map(Slot::start).toList();
                byDate = group(flat, q.viewerZone());
                observed = flat.toString();
                matchesReference = flat.equals(instants(ref.get("slotsUtc")));
            }
            case "availabilityWindows" -> {
                HostInput host = c.windowsHost();
                hostZone = host.zone();
                Instant from = Instant.parse(c.input().get("rangeStart").asText());
                Instant to = Instant.parse(c.input().get("rangeEnd").asText());
                windows = Availability.hostWindows(host, from, to);
                oooWindows = Availability.freeWindows(host, 0, 0, from, to);
                observed = render(windows) + " ooo-excluded " + render(oooWindows);
                boolean ok = render(windows).equals(renderRef(ref.get("windowsUtc")));
                if (ref.has("oooExcludedWindowsUtc")) {
                    ok &= render(oooWindows).equals(renderRef(ref.get("oooExcludedWindowsUtc")));
                }
                matchesReference = ok;
            }
            case "teamAggregation" -> {
                List<TeamAvailability.HostWindows> hosts = new ArrayList<>();
                long id = 1;
                for (JsonNode h : c.input().get("hosts")) {
                    List<Window> ws = new ArrayList<>();
                    for (JsonNode w : h.get("freeWindowsUtc")) {
                        ws.add(new Window(Instant.parse(w.get("start").asText()), Instant.parse(w.get("end").asText()),
                                ZoneId.of("UTC")));
                    }
                    hosts.add(new TeamAvailability.HostWindows(id++, h.get("isFixed").asBoolean(), null, ws));
                }
                SchedulingType type = c.input().get("schedulingType").asText().equals("COLLECTIVE")
                        ? SchedulingType.COLLECTIVE : SchedulingType.ROUND_ROBIN;
                windows = TeamAvailability.aggregate(type, hosts);
                observed = render(windows);
                matchesReference = render(windows).equals(renderRef(ref.get("windowsUtc")));
            }
            default -> throw new IllegalStateException("unknown level " + c.level());
        }
        for (JsonNode check : c.checks()) {
            if (!passes(check)) {
                failedChecks.add(check.toString());
            }
        }
    }

    boolean checksPass() {
        return failedChecks.isEmpty();
    }

    private boolean passes(JsonNode check) {
        return switch (check.get("type").asText()) {
            case "slotsOnDate" -> {
                List<Instant> actual = byDate.getOrDefault(check.get("date").asText(), List.of());
                List<Instant> expected = instants(check.get("expectedUtc"));
                yield check.get("match").asText().equals("exact") ? actual.equals(expected)
                        : !actual.isEmpty() && actual.size() <= expected.size()
                        && actual.equals(expected.subList(0, actual.size()));
            }
            case "dateHasNoSlots" -> byDate.getOrDefault(check.get("date").asText(), List.of()).isEmpty();
            case "totalSlotCount" -> flat.size() == check.get("count").asInt();
            case "slotCountOnLocalDate" -> {
                ZoneId tz = ZoneId.of(check.get("tz").asText());
                long n = flat.stream().filter(t -> LocalDate.ofInstant(t, tz).toString()
                        .equals(check.get("date").asText())).count();
                yield check.get("op").asText().equals("gt") ? n > check.get("count").asInt() : n == check.get("count").asInt();
            }
            case "firstSlot" -> !flat.isEmpty() && flat.get(0).equals(offsetInstant(check.get("time")));
            case "lastSlot" -> !flat.isEmpty() && flat.get(flat.size() - 1).equals(offsetInstant(check.get("time")));
            case "windows" -> render(windows).equals(renderRef(check.get("windows")))
                    && (!check.has("oooExcludedWindows")
                    || render(oooWindows).equals(renderRef(check.get("oooExcludedWindows"))));
            case "windowsPrefix" -> render(windows).startsWith(renderRef(check.get("windows")));
            case "firstWindow" -> !windows.isEmpty() && render(windows.subList(0, 1))
                    .equals(renderRef(List.of(check.get("window"))));
            case "firstWindowEndNot" -> !windows.isEmpty()
                    && !windows.get(0).end().equals(offsetInstant(check.get("value")));
            case "lastWindowStartsOnLocalDay" -> !windows.isEmpty() && windows.get(windows.size() - 1).start()
                    .atZone(hostZone).getDayOfMonth() == check.get("day").asInt();
            case "intervalFullyAvailable" -> {
                Instant s = Instant.parse(check.get("start").asText());
                Instant e = Instant.parse(check.get("end").asText());
                boolean available = windows.stream().anyMatch(w -> !w.start().isAfter(s) && !w.end().isBefore(e));
                yield available == check.get("expected").asBoolean();
            }
            default -> throw new IllegalStateException("unknown check " + check);
        };
    }

    private static Map<String, List<Instant>> group(List<Instant> slots, ZoneId zone) {
        Map<String, List<Instant>> out = new LinkedHashMap<>();
        for (Instant t : slots) {
            out.computeIfAbsent(LocalDate.ofInstant(t, zone).toString(), d -> new ArrayList<>()).add(t);
        }
        return out;
    }

    private static Map<String, List<Instant>> refByDate(JsonNode slots) {
        Map<String, List<Instant>> out = new LinkedHashMap<>();
        slots.fields().forEachRemaining(e -> out.put(e.getKey(), instants(e.getValue())));
        return out;
    }

    private static List<Instant> instants(JsonNode array) {
        List<Instant> out = new ArrayList<>();
        array.forEach(n -> out.add(Instant.parse(n.asText())));
        return out;
    }

    private static Instant offsetInstant(JsonNode n) {
        return OffsetDateTime.parse(n.asText()).toInstant();
    }

    private static String render(List<Window> ws) {
        StringBuilder sb = new StringBuilder();
        ws.forEach(w -> sb.append(w.start()).append('/').append(w.end()).append(';'));
        return sb.toString();
    }

    private static String renderRef(Iterable<JsonNode> ws) {
        StringBuilder sb = new StringBuilder();
        ws.forEach(w -> sb.append(Instant.parse(w.get("start").asText())).append('/')
                .append(Instant.parse(w.get("end").asText())).append(';'));
        return sb.toString();
    }
}
