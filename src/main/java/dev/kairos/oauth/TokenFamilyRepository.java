package dev.kairos.oauth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class TokenFamilyRepository implements PanacheRepositoryBase<TokenFamily, UUID> {

    /** Revokes every live family of the user with the client, so all their tokens stop working. */
    public int revokeAllOf(long clientPk, long userId, Instant now) {
        return update("revokedAt = ?1 where clientPk = ?2 and userId = ?3 and revokedAt is null", now, clientPk, userId);
    }
}
