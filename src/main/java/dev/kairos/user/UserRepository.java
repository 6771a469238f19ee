package dev.kairos.user;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    /**
     * A user to read, not to change: the session keeps no snapshot of it, so flushes (every booking
     * flushes before it reads busy time, and again at commit) do not compare its fields.
     */
    public User findReadOnly(long id) {
        return getEntityManager().find(User.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
    }

    public Optional<User> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    public Optional<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public boolean usernameTaken(String username) {
        return count("lower(username) = lower(?1)", username) > 0;
    }
}
