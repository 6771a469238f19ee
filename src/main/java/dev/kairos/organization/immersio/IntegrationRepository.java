package dev.kairos.organization.immersio;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class IntegrationRepository implements PanacheRepository<ImmersioIntegration> {

    Optional<ImmersioIntegration> findOfOrganization(long orgId) {
        return find("organizationId", orgId).firstResultOptional();
    }
}
