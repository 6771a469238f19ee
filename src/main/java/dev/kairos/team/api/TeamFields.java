package dev.kairos.team.api;

/** The shapes a team's fields must have, shared by the create and update requests. */
public final class TeamFields {

    public static final String SLUG = "^[a-z0-9-]{1,100}$";
    public static final String SLUG_MESSAGE = "must be 1-100 lowercase letters, digits or hyphens";
    public static final String NOT_BLANK = "(?s).*\\S.*";
    /** Empty is allowed: on update it removes the value. */
    public static final String HTTPS_URL = "^(https://\\S+)?$";
    public static final String HTTPS_URL_MESSAGE = "must be an absolute https URL";
    public static final String COLOR = "^(#[0-9a-fA-F]{6})?$";
    public static final String COLOR_MESSAGE = "must be a colour as #RRGGBB";

    private TeamFields() {
    }
}
