package dev.kairos.user;

import dev.kairos.platform.error.ApiException;
import dev.kairos.user.api.CreateUserRequest;
import dev.kairos.user.api.UpdateMeRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/** Creating users and changing one's own profile. */
@ApplicationScoped
@Transactional
public class UserService {

    private final UserRepository users;
    private final EntityManager entityManager;
    private final Clock clock;

    UserService(UserRepository users, EntityManager entityManager, Clock clock) {
        this.users = users;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Creates a user (platform administrators, or an organisation's admins for its users; checked by the caller).
     *
     * @throws ApiException 409 when the email or username is taken
     */
    public User create(CreateUserRequest request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (users.findByEmail(email).isPresent()) {
            throw ApiException.conflict("A user with email " + email + " already exists");
        }
        String username;
        if (request.username() != null) {
            username = request.username();
            if (users.usernameTaken(username)) {
                throw ApiException.conflict("The username " + username + " is taken; choose another");
            }
        } else {
            username = freeUsername(email);
        }
        User user = new User(email, username, request.name().trim(), orDefault(request.timeZone(), "UTC"),
                orDefault(request.locale(), "en"), clock.instant());
        users.persist(user);
        return user;
    }

    /** Applies the fields of {@code request} that were sent to the caller's own profile. */
    public User updateMe(long userId, UpdateMeRequest request) {
        User user = users.findById(userId);
        if (request.timeFormat() != null && request.timeFormat() != 12 && request.timeFormat() != 24) {
            throw ApiException.validation("timeFormat", "must be 12 or 24");
        }
        if (request.defaultScheduleId() != null && !ownsSchedule(userId, request.defaultScheduleId())) {
            throw ApiException.validation("defaultScheduleId", "no schedule " + request.defaultScheduleId() + " of yours exists");
        }
        if (request.name() != null) {
            user.name = request.name().trim();
        }
        if (request.timeZone() != null) {
            user.timeZone = request.timeZone();
        }
        if (request.locale() != null) {
            user.locale = request.locale();
        }
        if (request.timeFormat() != null) {
            user.timeFormat = request.timeFormat().shortValue();
        }
        if (request.weekStart() != null) {
            user.weekStart = request.weekStart();
        }
        if (request.defaultScheduleId() != null) {
            user.defaultScheduleId = request.defaultScheduleId();
        }
        user.updatedAt = clock.instant();
        return user;
    }

    private boolean ownsSchedule(long userId, long scheduleId) {
        Number found = (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM schedules WHERE id = ?1 AND user_id = ?2")
                .setParameter(1, scheduleId).setParameter(2, userId).getSingleResult();
        return found.longValue() > 0;
    }

    /** The email's local part made into a username, with a number added until it is free. */
    private String freeUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        if (base.isEmpty()) {
            base = "user";
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String candidate = base;
        for (int n = 2; users.usernameTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

}
