package dev.kairos.user.api;

/** Shapes shared by the user requests. */
public final class UserFields {

    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,63}";
    public static final String USERNAME_MESSAGE = "must be 1-64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";
    public static final String LOCALE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?";
    public static final String LOCALE_MESSAGE = "must be a language tag such as en, pt-BR or es-419";
    public static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private UserFields() {
    }
}
