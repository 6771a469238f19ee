package dev.kairos.routing.api;

/** The sizes a routing form may have (README, "Routing forms"). */
public final class FormLimits {

    public static final int MAX_NAME = 255;
    public static final int MAX_FIELDS = 100;
    public static final int MAX_ROUTES = 100;
    public static final int MAX_RULES = 50;
    public static final int MAX_OPTIONS = 200;
    public static final int MAX_ID = 100;
    public static final int MAX_LABEL = 500;
    public static final int MAX_URL = 2048;
    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_TEAM_MEMBERS = 100;
    /** The longest text answer. */
    public static final int MAX_TEXT_ANSWER = 10_000;

    private FormLimits() {
    }
}
