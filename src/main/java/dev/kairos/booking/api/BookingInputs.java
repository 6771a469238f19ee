package dev.kairos.booking.api;

/** Shapes shared by the booking request records. */
public final class BookingInputs {

    /** An address with a domain that has a dot: stricter than {@code @Email}'s default, which accepts {@code a@b}. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    /** International format: a plus, then 6 to 15 digits, spaces or dashes allowed between them. */
    public static final String PHONE = "^\\+[0-9][0-9 \\-]{5,19}$";
    public static final String LANGUAGE = "^(ar|ca|de|es|eu|he|id|ja|lv|pl|ro|sr|th|vi|az|cs|el|es-419|fi|hr|it|km|nl|pt|ru|sv|tr"
            + "|zh-CN|bg|da|en|et|fr|hu|iw|ko|no|pt-BR|sk|ta|uk|zh-TW)$";
    public static final int MAX_GUESTS = 30;
    public static final int MAX_REASON = 1000;

    private BookingInputs() {
    }
}
