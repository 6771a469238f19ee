package dev.kairos.routing;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.routing.api.CreateRoutingFormRequest;
import dev.kairos.routing.api.RoutingFormResponse;
import dev.kairos.routing.api.UpdateRoutingFormRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Creating, changing and deleting routing forms, each checked as a whole when it is saved. */
@ApplicationScoped
@Transactional
public class RoutingFormService {

    private static final String INVALID = "Invalid routing form";

    private final RoutingFormRepository forms;
    private final FormAccess access;
    private final RoutableEventTypes eventTypes;
    private final Clock clock;

    RoutingFormService(RoutingFormRepository forms, FormAccess access, RoutableEventTypes eventTypes, Clock clock) {
        this.forms = forms;
        this.access = access;
        this.eventTypes = eventTypes;
        this.clock = clock;
    }

    /**
     * Creates a form for the caller, or for a team when {@code teamId} is given.
     *
     * @throws ApiException 404 for a team the caller is not in, 403 below ADMIN in it, 422 listing
     *                      every problem with the fields, routes and actions
     */
    public RoutingFormResponse create(Caller caller, CreateRoutingFormRequest request) {
        FormOwner owner = access.creating(caller, request.teamId());
        Problems problems = new Problems();
        FormDefinition draft = new FormDefinition(FormParser.fields(request.fields(), problems),
                FormParser.routes(request.routes() == null ? List.of() : request.routes(), problems),
                FormParser.action(request.fallbackAction(), "fallbackAction", problems));
        RoutingForm form = new RoutingForm(owner, clock.instant());
        form.name = request.name().trim();
        form.define(checked(draft, owner, problems));
        forms.persist(form);
        forms.flush();
        return RoutingFormResponse.from(form);
    }

    /**
     * Applies the properties sent (fields and routes replace the whole list) and checks the
     * resulting form again, so routes stay consistent with changed fields.
     *
     * @throws ApiException 404 when the caller may not see the form, 403 when they may only read it,
     *                      422 as {@link #create}
     */
    public RoutingFormResponse update(Caller caller, long id, UpdateRoutingFormRequest request) {
        RoutingForm form = access.changeable(caller, id);
        FormDefinition stored = form.definition();
        Problems problems = new Problems();
        FormDefinition draft = new FormDefinition(
                request.fields() == null ? stored.fields() : FormParser.fields(request.fields(), problems),
                request.routes() == null ? stored.routes() : FormParser.routes(request.routes(), problems),
                request.fallbackAction() == null ? stored.fallbackAction()
                        : FormParser.action(request.fallbackAction(), "fallbackAction", problems));
        form.define(checked(draft, form.owner(), problems));
        if (request.name() != null) {
            form.name = request.name().trim();
        }
        form.updatedAt = clock.instant();
        forms.flush();
        return RoutingFormResponse.from(form);
    }

    /**
     * Deletes the form and its stored responses; returns the form as it was.
     *
     * @throws ApiException 404 when the caller may not see the form, 403 when they may only read it
     */
    public RoutingFormResponse delete(Caller caller, long id) {
        RoutingForm form = access.changeable(caller, id);
        RoutingFormResponse deleted = RoutingFormResponse.from(form);
        forms.delete(form);
        return deleted;
    }

    private FormDefinition checked(FormDefinition draft, FormOwner owner, Problems problems) {
        problems.throwIfAny(INVALID);
        FormDefinition checked = FormRules.check(draft, owner, eventTypes.find(FormRules.eventTypeIds(draft)), problems);
        problems.throwIfAny(INVALID);
        return checked;
    }
}
