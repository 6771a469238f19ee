package dev.kairos.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository implements PanacheRepository<Team> {

    /** A top-level team (not an organisation) by its booking-page slug, case-insensitively. */
    public Optional<Team> findBySlug(String slug) {
        return find("parentId is null and organization = false and lower(slug) = lower(?1)", slug).firstResultOptional();
    }
}
