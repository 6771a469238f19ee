package dev.kairos.routing;

import dev.kairos.platform.error.ApiException;
import dev.kairos.routing.api.RoutingResult;
import dev.kairos.webhook.WebhookOutbox;
import dev.kairos.webhook.WebhookTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A booker submits a routing form: the answers are checked, routed, stored and reported (FORM_SUBMITTED). */
@ApplicationScoped
@Transactional
public class FormSubmitter {

    private final RoutingFormRepository forms;
    private final FormResponseRepository responses;
    private final RoutableEventTypes eventTypes;
    private final WebhookOutbox outbox;
    private final Clock clock;

    FormSubmitter(RoutingFormRepository forms, FormResponseRepository responses, RoutableEventTypes eventTypes, WebhookOutbox outbox,
            Clock clock) {
        this.forms = forms;
        this.responses = responses;
        this.eventTypes = eventTypes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Checks the answers, picks the route, stores the response and queues FORM_SUBMITTED for the
     * form creator's webhooks, all in one transaction. Anyone may submit: the form id is public.
     *
     * @param given field id -> answer
     * @throws ApiException 404 for an unknown form, 422 naming every missing, unknown or invalid answer
     */
    public RoutingResult submit(long formId, Map<String, Object> given) {
        RoutingForm form = forms.findToRoute(formId).orElseThrow(() -> FormAccess.notFound(formId));
        FormDefinition definition = form.definition();
        Map<String, Object> answers = AnswerRules.check(definition.fields(), given);
        RoutedTo routedTo = Router.route(definition, answers, this::destination);
        FormResponse response = new FormResponse(form.id, answers, routedTo, clock.instant());
        responses.persist(response);
        responses.flush();
        outbox.enqueue(WebhookTrigger.FORM_SUBMITTED, form.ownerUserId, null, payload(form, response));
        return new RoutingResult(response.id, routedTo);
    }

    /** Where an action leads now; empty when its event type was deleted since the form was saved. */
    private Optional<RoutedTo> destination(Action action) {
        return switch (action.type()) {
            case EXTERNAL_URL -> Optional.of(RoutedTo.externalUrl(action.url()));
            case MESSAGE -> Optional.of(RoutedTo.message(action.message()));
            case EVENT_TYPE -> eventTypes.find(action.eventTypeId()).map(eventType -> RoutedTo.eventType(eventType.id(), eventType.slug(),
                    eventType.bookingPath(), eventType.organizationSlug(), stillHosts(action.teamMemberIds(), eventType)));
        };
    }

    /** The named members who still host the event type; none left means any host. */
    private static List<Long> stillHosts(List<Long> named, RoutableEventType eventType) {
        return named == null ? null : named.stream().filter(eventType.hostIds()::contains).toList();
    }

    /** FORM_SUBMITTED: every field with its label and answer (null when unanswered), and where the booker went. */
    private static Map<String, Object> payload(RoutingForm form, FormResponse response) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : form.fields) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("label", field.label());
            answer.put("value", response.responses.get(field.id()));
            answers.put(field.id(), answer);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("formId", form.id);
        payload.put("formName", form.name);
        payload.put("responseId", response.id);
        payload.put("teamId", form.teamId);
        payload.put("responses", answers);
        payload.put("routedTo", response.routedTo);
        payload.put("createdAt", response.createdAt);
        return payload;
    }
}
