package dev.kairos.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's place in a team: their role, and whether they accepted the invitation. */
@Entity
@Table(name = "memberships")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    public long teamId;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    /** Only accepted members host team event types; an invitation not yet accepted grants nothing. */
    @Column(nullable = false)
    public boolean accepted;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected Membership() {
    }

    public static Membership of(long teamId, long userId, TeamRole role, boolean accepted, Instant now) {
        Membership membership = new Membership();
        membership.teamId = teamId;
        membership.userId = userId;
        membership.role = role;
        membership.accepted = accepted;
        membership.createdAt = now;
        return membership;
    }
}
