package dev.kairos.organization.immersio;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class SyncLogRepository implements PanacheRepository<SyncLog> {

    /** Newest first. */
    List<SyncLog> pageOf(long orgId, int offset, int limit) {
        return find("organizationId = ?1 order by id desc", orgId).range(offset, offset + limit - 1).list();
    }

    long countOf(long orgId) {
        return count("organizationId", orgId);
    }
}
