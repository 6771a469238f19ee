package dev.kairos.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which permission each route family needs from an OAuth access token; blank = API keys only. */
class TokenPermissionsTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /v2/bookings, BOOKING_READ",
            "POST, /v2/bookings, BOOKING_WRITE",
            "GET, /v2/bookings/abc, BOOKING_READ",
            "POST, /v2/bookings/abc/cancel, BOOKING_WRITE",
            "DELETE, /v2/bookings/abc, BOOKING_WRITE",
            "GET, /v2/slots, BOOKING_READ",
            "POST, /v2/slots/reservations, BOOKING_WRITE",
            "GET, /v2/event-types, EVENT_TYPE_READ",
            "PATCH, /v2/event-types/7, EVENT_TYPE_WRITE",
            "POST, /v2/event-types/7/whitelist, EVENT_TYPE_WRITE",
            "GET, /v2/teams/3/event-types, EVENT_TYPE_READ",
            "POST, /v2/teams/3/event-types, EVENT_TYPE_WRITE",
            "GET, /v2/schedules/default, SCHEDULE_READ",
            "DELETE, /v2/schedules/4, SCHEDULE_WRITE",
            "GET, /v2/me, PROFILE_READ",
            "PATCH, /v2/me, PROFILE_WRITE",
            "GET, /v2/event-types/7/webhooks, ",
            "POST, /v2/webhooks, ",
            "POST, /v2/api-keys, ",
            "GET, /v2/oauth-clients, ",
            "GET, /v2/organizations/1, ",
            "GET, /v2/teams/3, ",
            "GET, /v2/users/1, ",
            "GET, /v2/meetings, ",
            "GET, /v2/bookingsx, ",
            "PUT, /v2/admin/clock, ",
            // The filter passes the matched operation's template, not the request's path text.
            "GET, /v2/bookings/{bookingUid}, BOOKING_READ",
            "POST, /v2/bookings/{bookingUid}/reassign/{userId}, BOOKING_WRITE",
            "PATCH, /v2/teams/{teamId}/event-types/{id}, EVENT_TYPE_WRITE",
            "DELETE, /v2/event-types/{eventTypeId}/webhooks/{id}, ",
            "GET, /v2/teams/{teamId}/memberships, ",
            "PUT, /v2/organizations/{orgId}/integrations/immersio, "
    })
    void needs(String method, String path, String permission) {
        assertEquals(Optional.ofNullable(permission), TokenPermissions.needed(method, path));
    }
}
