package dev.kairos.eventtype;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A host of a team event type (Cal.com {@code hosts}); personal event types have none, their owner hosts. */
@Entity
@Table(name = "event_type_hosts")
public class EventTypeHost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_type_id", nullable = false)
    public long eventTypeId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public boolean mandatory;

    /** lowest, low, medium, high or highest. */
    @Column(nullable = false)
    public String priority = "medium";

    @Column(nullable = false)
    public int weight = 100;

    @Column(name = "group_id")
    public String groupId;

    /** Null = the host's default schedule. */
    @Column(name = "schedule_id")
    public Long scheduleId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected EventTypeHost() {
    }

    EventTypeHost(long eventTypeId, long userId, boolean mandatory, String priority, int weight, String groupId, Long scheduleId,
            Instant now) {
        this.eventTypeId = eventTypeId;
        this.userId = userId;
        this.mandatory = mandatory;
        this.priority = priority;
        this.weight = weight;
        this.groupId = groupId;
        this.scheduleId = scheduleId;
        this.createdAt = now;
    }
}
