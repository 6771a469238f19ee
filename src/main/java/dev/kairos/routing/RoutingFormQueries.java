package dev.kairos.routing;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.routing.api.FormResponseEntry;
import dev.kairos.routing.api.RoutingFormResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The reads of routing forms and their responses, each through {@link FormAccess}. */
@ApplicationScoped
public class RoutingFormQueries {

    private final RoutingFormRepository forms;
    private final FormResponseRepository responses;
    private final FormAccess access;

    RoutingFormQueries(RoutingFormRepository forms, FormResponseRepository responses, FormAccess access) {
        this.forms = forms;
        this.responses = responses;
        this.access = access;
    }

    /** A form the caller may read. */
    public RoutingFormResponse get(Caller caller, long id) {
        return RoutingFormResponse.from(access.readable(caller, id));
    }

    /** The caller's personal forms and their teams' forms, or only the forms of {@code teamId}; oldest first. */
    public Page<RoutingFormResponse> list(Caller caller, Long teamId, PageParams page) {
        int limit = page.limit();
        int offset = page.offset();
        if (teamId != null) {
            access.requireMember(caller, teamId);
            return Page.of(forms.pageOfTeam(teamId, offset, limit), RoutingFormResponse::from, offset, limit, forms.countOfTeam(teamId));
        }
        return Page.of(forms.pageReadableBy(caller.userId(), offset, limit), RoutingFormResponse::from, offset, limit,
                forms.countReadableBy(caller.userId()));
    }

    /** The stored responses of a form the caller may read, oldest first, with the uids of the bookings they led to. */
    public Page<FormResponseEntry> responses(Caller caller, long formId, PageParams page) {
        RoutingForm form = access.readable(caller, formId);
        int limit = page.limit();
        int offset = page.offset();
        List<FormResponse> found = responses.pageOfForm(form.id, offset, limit);
        Map<Long, String> uids = responses.bookingUids(found.stream().map(r -> r.bookingId).filter(Objects::nonNull).toList());
        return Page.of(found, r -> new FormResponseEntry(r.id, r.formId, r.responses, r.routedTo,
                r.bookingId == null ? null : uids.get(r.bookingId), r.createdAt), offset, limit, responses.countOfForm(form.id));
    }
}
