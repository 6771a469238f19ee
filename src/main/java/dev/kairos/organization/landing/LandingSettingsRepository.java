package dev.kairos.organization.landing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class LandingSettingsRepository implements PanacheRepository<LandingSettings> {

    Optional<LandingSettings> findOfOrganization(long orgId) {
        return find("organizationId", orgId).firstResultOptional();
    }
}
