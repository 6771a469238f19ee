package dev.kairos.organization.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class SubscriptionRepository implements PanacheRepository<Subscription> {

    Optional<Subscription> findOfOrganization(long orgId) {
        return find("organizationId", orgId).firstResultOptional();
    }
}
