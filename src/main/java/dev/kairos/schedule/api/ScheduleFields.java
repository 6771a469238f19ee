package dev.kairos.schedule.api;

/** Shapes shared by the schedule requests. */
final class ScheduleFields {

    static final String DAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    static final String DAY_MESSAGE = "must be one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday";
    static final String START_TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String START_TIME_MESSAGE = "must be a time HH:mm between 00:00 and 23:59, such as 09:00";
    static final String END_TIME = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";
    static final String END_TIME_MESSAGE = "must be a time HH:mm between 00:00 and 24:00 (23:59 and 24:00 mean the end of the day)";
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DATE_MESSAGE = "must be a date YYYY-MM-DD, such as 2025-12-24";
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final int MAX_RULES = 100;
    static final int MAX_OVERRIDES = 366;

    private ScheduleFields() {
    }
}
