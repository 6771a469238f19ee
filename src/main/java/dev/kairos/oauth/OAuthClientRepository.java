package dev.kairos.oauth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OAuthClientRepository implements PanacheRepository<OAuthClient> {

    public Optional<OAuthClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    /** The client if it is one of this organisation's; another organisation's is as good as absent. */
    public Optional<OAuthClient> findInOrganization(long orgId, String clientId) {
        return find("organizationId = ?1 and clientId = ?2", orgId, clientId).firstResultOptional();
    }

    /** One page of the organisation's clients, oldest first. */
    public List<OAuthClient> pageOfOrganization(long orgId, int offset, int limit) {
        return find("organizationId = ?1 order by id", orgId).range(offset, offset + limit - 1).list();
    }

    public long countOfOrganization(long orgId) {
        return count("organizationId", orgId);
    }
}
