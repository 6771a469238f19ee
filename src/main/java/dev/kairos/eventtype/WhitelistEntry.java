package dev.kairos.eventtype;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One email allowed to book a workshop (event type) while its whitelist is enabled; written in bulk by {@link WhitelistRepository}. */
@Entity
@Table(name = "event_type_whitelist")
public class WhitelistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_type_id", nullable = false)
    public long eventTypeId;

    /** Trimmed and lower-cased ({@link WhitelistImport#normalise}). */
    @Column(nullable = false)
    public String email;

    public String name;

    @Column(name = "external_student_id")
    public String externalStudentId;

    /** {@code manual} (the whitelist API) or {@code sync} (an Immersio course sync, which never touches manual entries). */
    @Column(nullable = false)
    public String source;

    @Column(name = "added_by_user_id")
    public Long addedByUserId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
