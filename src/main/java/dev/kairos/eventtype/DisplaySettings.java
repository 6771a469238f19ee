package dev.kairos.eventtype;

import dev.kairos.eventtype.api.EventTypeInput;
import dev.kairos.platform.error.ApiException;
import java.net.URI;
import java.net.URISyntaxException;

/** Cal.com fields Kairos stores and returns but does not act on (listed in the README as display-only). */
final class DisplaySettings {

    private DisplaySettings() {
    }

    static void apply(EventTypeInput in, EventType target) {
        if (in.bookerLayouts() != null) {
            if (!in.bookerLayouts().enabledLayouts().contains(in.bookerLayouts().defaultLayout())) {
                throw ApiException.validation("bookerLayouts.defaultLayout", "must be one of the enabledLayouts");
            }
            target.bookerLayouts = in.bookerLayouts();
        }
        if (in.color() != null) {
            target.color = in.color();
        }
        if (in.customName() != null) {
            target.customName = in.customName().isBlank() ? null : in.customName();
        }
        if (in.destinationCalendar() != null) {
            target.destinationCalendar = in.destinationCalendar();
        }
        if (in.successRedirectUrl() != null) {
            target.successRedirectUrl = in.successRedirectUrl().isBlank() ? null : redirectUrl(in.successRedirectUrl().trim());
        }
        target.useDestinationCalendarEmail = orKeep(in.useDestinationCalendarEmail(), target.useDestinationCalendarEmail);
        target.hideCalendarNotes = orKeep(in.hideCalendarNotes(), target.hideCalendarNotes);
        target.hideCalendarEventDetails = orKeep(in.hideCalendarEventDetails(), target.hideCalendarEventDetails);
        target.hideOrganizerEmail = orKeep(in.hideOrganizerEmail(), target.hideOrganizerEmail);
        target.requiresBookerEmailVerification = orKeep(in.requiresBookerEmailVerification(), target.requiresBookerEmailVerification);
        target.lockTimeZoneToggleOnBookingPage = orKeep(in.lockTimeZoneToggleOnBookingPage(), target.lockTimeZoneToggleOnBookingPage);
        target.forwardParamsSuccessRedirect = orKeep(in.forwardParamsSuccessRedirect(), target.forwardParamsSuccessRedirect);
    }

    private static String redirectUrl(String value) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException ignored) {
            // refused below
        }
        throw ApiException.validation("successRedirectUrl", "must be an absolute http or https URL");
    }

    private static boolean orKeep(Boolean given, boolean current) {
        return given != null ? given : current;
    }
}
