package dev.kairos.organization.immersio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The record of one sync run: {@code running} while it runs, then what it did. */
@Entity
@Table(name = "immersio_sync_logs")
public class SyncLog {

    static final String RUNNING = "running";
    static final String SUCCESS = "success";
    static final String PARTIAL = "partial";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public long organizationId;

    /** {@code students} when the run had course mappings with syncStudents, else {@code courses}. */
    @Column(name = "sync_type", nullable = false)
    public String syncType;

    @Column(nullable = false)
    public String direction = "pull";

    /** {@code manual} (the API) or {@code scheduled}. */
    @Column(nullable = false, updatable = false)
    public String trigger;

    @Column(name = "records_processed", nullable = false)
    public int recordsProcessed;

    @Column(name = "records_failed", nullable = false)
    public int recordsFailed;

    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "error_details", nullable = false)
    public List<SyncProblem> errorDetails = new ArrayList<>();

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** One thing a run could not do: where ({@code courses page 3}, {@code course course_abc}) and why. */
    public record SyncProblem(String scope, String message) {
    }
}
