package dev.kairos.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group of users who host together: team event types, collective and round-robin bookings. */
@Entity
@Table(name = "teams")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String slug;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "is_organization", nullable = false)
    public boolean organization;

    @Column(name = "is_private", nullable = false)
    public boolean isPrivate;

    @Column(name = "logo_url")
    public String logoUrl;

    public String bio;

    @Column(name = "brand_color")
    public String brandColor;

    @Column(name = "banner_url")
    public String bannerUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Team() {
    }

    public static Team create(String name, String slug, Instant now) {
        Team team = new Team();
        team.name = name;
        team.slug = slug;
        team.createdAt = now;
        team.updatedAt = now;
        return team;
    }
}
