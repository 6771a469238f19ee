package dev.kairos.apikey;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    public Optional<ApiKey> findOwned(long id, long userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    public List<ApiKey> pageOfOwner(long userId, int offset, int limit) {
        return find("userId = ?1 order by id", userId).range(offset, offset + limit - 1).list();
    }

    public long countOfOwner(long userId) {
        return count("userId", userId);
    }
}
