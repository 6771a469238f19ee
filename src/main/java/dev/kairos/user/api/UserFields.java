package dev.kairos.user.api;

/** Shapes shared by the user requests. */
final class UserFields {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,63}";
    static final String USERNAME_MESSAGE = "must be 1-64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";
    static final String LOCALE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?";
    static final String LOCALE_MESSAGE = "must be a language tag such as en, pt-BR or es-419";
    static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private UserFields() {
    }
}
