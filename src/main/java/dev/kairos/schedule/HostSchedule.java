package dev.kairos.schedule;

/**
 * Whose hours to read: a user and the schedule an event type (or its host entry) names for them,
 * or null for the user's default schedule.
 */
public record HostSchedule(long userId, Long scheduleId) {
}
