package dev.kairos.eventtype.api;

/** Shapes shared by the event type requests. */
final class EventTypeFields {

    static final String SLUG = "[a-z0-9-]{1,100}";
    static final String SLUG_MESSAGE = "must be 1-100 lowercase letters, digits or dashes";
    /** A year, in minutes. */
    static final long MAX_NOTICE = 525_600;

    private EventTypeFields() {
    }
}
