package dev.kairos.webhook;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Cal.com's webhook trigger enum ({@code CreateWebhookInputDto.triggers}). Every value is accepted
 * in subscriptions; {@link #emitted()} says whether Kairos sends it yet (features such as payments,
 * recordings and out-of-office do not exist yet).
 */
public enum WebhookTrigger {
    BOOKING_CREATED(true),
    BOOKING_PAYMENT_INITIATED(false),
    BOOKING_PAID(false),
    BOOKING_RESCHEDULED(true),
    BOOKING_REQUESTED(true),
    BOOKING_CANCELLED(true),
    BOOKING_REJECTED(true),
    BOOKING_NO_SHOW_UPDATED(true),
    FORM_SUBMITTED(true),
    MEETING_ENDED(true),
    MEETING_STARTED(true),
    RECORDING_READY(false),
    INSTANT_MEETING(false),
    RECORDING_TRANSCRIPTION_GENERATED(false),
    OOO_CREATED(false),
    AFTER_HOSTS_CAL_VIDEO_NO_SHOW(false),
    AFTER_GUESTS_CAL_VIDEO_NO_SHOW(false),
    FORM_SUBMITTED_NO_EVENT(false);

    /** The trigger of {@code POST /v2/webhooks/{id}/ping}; not subscribable, sent to one webhook on request. */
    public static final String PING = "PING";

    private final boolean emitted;

    WebhookTrigger(boolean emitted) {
        this.emitted = emitted;
    }

    /** Whether Kairos emits this trigger today; the others are accepted but never sent. */
    public boolean emitted() {
        return emitted;
    }

    /**
     * The trigger a subscription names: Cal.com's names, and the PRD's {@code BOOKING_NO_SHOW} for
     * {@code BOOKING_NO_SHOW_UPDATED}.
     *
     * @throws IllegalArgumentException for any other name
     */
    static WebhookTrigger fromName(String name) {
        return "BOOKING_NO_SHOW".equals(name) ? BOOKING_NO_SHOW_UPDATED : valueOf(name);
    }

    /** The accepted names, for error messages. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
