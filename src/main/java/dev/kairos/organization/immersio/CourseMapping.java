package dev.kairos.organization.immersio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Immersio course whose students a sync puts on an event type's whitelist. */
@Entity
@Table(name = "immersio_course_mappings")
public class CourseMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public long organizationId;

    @Column(name = "course_id", nullable = false, updatable = false)
    public String courseId;

    /** As the partner last listed it; null until a sync has seen the course. */
    @Column(name = "course_name")
    public String courseName;

    @Column(name = "event_type_id", nullable = false, updatable = false)
    public long eventTypeId;

    @Column(name = "sync_students", nullable = false)
    public boolean syncStudents;

    @Column(name = "last_student_sync_at")
    public Instant lastStudentSyncAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
