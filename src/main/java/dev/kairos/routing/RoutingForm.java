package dev.kairos.routing;

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

/** A routing form: its creator, its team (if any) and its checked definition, JSONB in wire shape. */
@Entity
@Table(name = "routing_forms")
public class RoutingForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_user_id", nullable = false, updatable = false)
    public long ownerUserId;

    @Column(name = "team_id", updatable = false)
    public Long teamId;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FormField> fields = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Route> routes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fallback_action", nullable = false)
    public Action fallbackAction;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected RoutingForm() {
    }

    RoutingForm(FormOwner owner, Instant now) {
        this.ownerUserId = owner.userId();
        this.teamId = owner.teamId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    FormOwner owner() {
        return new FormOwner(ownerUserId, teamId);
    }

    FormDefinition definition() {
        return new FormDefinition(fields, routes, fallbackAction);
    }

    void define(FormDefinition definition) {
        this.fields = new ArrayList<>(definition.fields());
        this.routes = new ArrayList<>(definition.routes());
        this.fallbackAction = definition.fallbackAction();
    }
}
