package dev.kairos.slot;

import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.slot.api.SlotParams;
import dev.kairos.slot.api.SlotView;
import dev.kairos.slot.engine.Slot;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/slots")
@Tag(name = "Slots", description = "When an event type can be booked")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    private final SlotService service;

    SlotResource(SlotService service) {
        this.service = service;
    }

    @GET
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "getSlots", summary = "List bookable slots",
            description = "Slots grouped by the viewer's local date; dates without slots are absent. At most 62 days per request.")
    public Success<Map<String, List<SlotView>>> getSlots(@BeanParam SlotParams params) {
        ZoneId viewer = params.zone();
        boolean withEnd = params.rangeFormat();
        List<Slot> slots = find(params);
        return Success.of(byDate(slots, viewer, slot -> SlotView.of(slot, viewer, withEnd)));
    }

    @GET
    @Path("/available")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "getAvailableSlots", summary = "List bookable slots (PRD form)",
            description = "The PRD's alias of GET /v2/slots: data.slots maps dates to {time} entries.")
    public Success<Map<String, Map<String, List<SlotView.TimeView>>>> getAvailableSlots(
            @QueryParam("eventTypeId") @Parameter(required = true) String eventTypeId,
            @QueryParam("startTime") @Parameter(required = true, example = "2025-11-20") String startTime,
            @QueryParam("endTime") @Parameter(required = true, example = "2025-11-21") String endTime,
            @QueryParam("timeZone") @Parameter(example = "America/New_York") String timeZone) {
        SlotParams params = SlotParams.of(eventTypeId, startTime, endTime, timeZone);
        ZoneId viewer = params.zone();
        List<Slot> slots = find(params);
        return Success.of(Map.of("slots", byDate(slots, viewer, slot -> SlotView.time(slot, viewer))));
    }

    private List<Slot> find(SlotParams params) {
        return service.find(new SlotService.Search(params.eventTypeId(), params.organizationSlug, params.username, params.teamSlug, params.eventTypeSlug, params.start(),
                params.end(), params.zone(), params.duration(), params.bookingUidToReschedule));
    }

    private static <T> Map<String, List<T>> byDate(List<Slot> slots, ZoneId viewer, Function<Slot, T> view) {
        Map<String, List<T>> byDate = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, List<Slot>> day : Slot.byLocalDate(slots, viewer).entrySet()) {
            byDate.put(day.getKey().toString(), day.getValue().stream().map(view).toList());
        }
        return byDate;
    }
}
