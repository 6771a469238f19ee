package dev.kairos.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FormResponseRepository implements PanacheRepository<FormResponse> {

    /** A form's responses, oldest first. */
    public List<FormResponse> pageOfForm(long formId, int offset, int limit) {
        return find("formId = ?1 order by id", formId).range(offset, offset + limit - 1).list();
    }

    public long countOfForm(long formId) {
        return count("formId", formId);
    }

    /** The uids of these bookings, by id. */
    public Map<Long, String> bookingUids(Collection<Long> bookingIds) {
        Map<Long, String> uids = new HashMap<>();
        if (bookingIds.isEmpty()) {
            return uids;
        }
        List<?> rows = getEntityManager().createNativeQuery("SELECT id, uid FROM bookings WHERE id IN (?1)")
                .setParameter(1, bookingIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            uids.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return uids;
    }

    /**
     * Records that the response led to the booking, unless it already led to another one; a
     * concurrent link of the same response waits for this row and then finds it taken.
     *
     * @return whether the response now points at the booking
     */
    boolean link(long responseId, long bookingId) {
        return getEntityManager().createNativeQuery(
                "UPDATE routing_form_responses SET booking_id = ?2 WHERE id = ?1 AND (booking_id IS NULL OR booking_id = ?2)")
                .setParameter(1, responseId).setParameter(2, bookingId).executeUpdate() == 1;
    }
}
