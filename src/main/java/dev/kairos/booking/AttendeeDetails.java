package dev.kairos.booking;

/** Who books, as validated from the request. */
record AttendeeDetails(String name, String email, String timeZone, String language, String phoneNumber) {
}
