package dev.kairos.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who hosts events or calls the API. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public UUID uuid;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String locale;

    @Column(name = "time_format", nullable = false)
    public short timeFormat;

    @Column(name = "week_start", nullable = false)
    public String weekStart;

    @Column(name = "default_schedule_id")
    public Long defaultScheduleId;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "platform_admin", nullable = false)
    public boolean platformAdmin;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected User() {
    }

    public User(String email, String username, String name, String timeZone, String locale, Instant now) {
        this.uuid = UUID.randomUUID();
        this.email = email;
        this.username = username;
        this.name = name;
        this.timeZone = timeZone;
        this.locale = locale;
        this.timeFormat = 24;
        this.weekStart = "Monday";
        this.createdAt = now;
        this.updatedAt = now;
    }
}
