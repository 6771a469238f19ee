package dev.kairos.oauth;

import dev.kairos.user.User;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ManagedUserRepository implements PanacheRepository<ManagedUser> {

    /** One page of the client's managed users, oldest first. */
    public List<User> pageOfClient(long clientPk, int offset, int limit) {
        return getEntityManager().createQuery(
                "select u from ManagedUser m, User u where u.id = m.userId and m.clientPk = ?1 order by m.id", User.class)
                .setParameter(1, clientPk).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfClient(long clientPk) {
        return count("clientPk", clientPk);
    }

    public boolean isManagedBy(long clientPk, long userId) {
        return count("clientPk = ?1 and userId = ?2", clientPk, userId) > 0;
    }
}
