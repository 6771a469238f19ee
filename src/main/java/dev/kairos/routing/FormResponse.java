package dev.kairos.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A submitted routing form: the checked answers, where they were routed, and the booking they led to. */
@Entity
@Table(name = "routing_form_responses")
public class FormResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    public long formId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> responses = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "routed_to", nullable = false, updatable = false)
    public RoutedTo routedTo;

    /** Set by {@link RoutingResponses#linkBooking} in the booking's transaction. */
    @Column(name = "booking_id")
    public Long bookingId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected FormResponse() {
    }

    FormResponse(long formId, Map<String, Object> responses, RoutedTo routedTo, Instant now) {
        this.formId = formId;
        this.responses = new LinkedHashMap<>(responses);
        this.routedTo = routedTo;
        this.createdAt = now;
    }
}
