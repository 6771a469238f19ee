package dev.kairos.slot.engine;

/** How the hosts of an event type combine. */
public enum SchedulingType {
    /** One host (or several, all required, like collective). */
    PERSONAL,
    /** Every host must be free: intersection of the hosts' free time. */
    COLLECTIVE,
    /**
     * Mandatory hosts must all be free; of the others, at least one host of every group must be
     * free for the whole slot (union within a group, intersection across groups).
     */
    ROUND_ROBIN
}
