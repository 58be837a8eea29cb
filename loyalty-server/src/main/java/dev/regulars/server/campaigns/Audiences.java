package dev.regulars.server.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a campaign's occurrence is for: its kind's audience (birthday on the day, lapsed, rated low, everyone)
 * narrowed by its {@link Segment}. A run reads it in chunks by customer id, without the customers it has decided
 * already, so a run resumed after a crash goes on where it stopped; the editor counts it live. Merged records are
 * never an audience.
 */
@ApplicationScoped
public class Audiences {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** A customer of an audience with what the message needs; language null when not known. */
    public record Member(String customerId, String firstName, String phoneE164, String email, long balance,
                         String language) {
    }

    /**
     * The next customers of the audience after {@code afterId} that run {@code runId} has not decided.
     *
     * @param occurrence the occurrence's local date
     */
    public List<Member> next(AudienceRule rule, long runId, LocalDate occurrence, Instant now, String afterId,
                             int limit) {
        List<Object> params = new ArrayList<>();
        var query = em.createNativeQuery(AudienceQuery.chunk(rule, occurrence, now, afterId, runId, limit, params));
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Member((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    /** How many customers the occurrence on {@code occurrence} would be for, were it run at {@code now}. */
    public long count(AudienceRule rule, LocalDate occurrence, Instant now) {
        List<Object> params = new ArrayList<>();
        var query = em.createNativeQuery(AudienceQuery.count(rule, occurrence, now, params));
        bind(query, params);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A few customers of the audience, for the editor's preview. */
    public List<String> sample(AudienceRule rule, LocalDate occurrence, Instant now, int limit) {
        List<Object> params = new ArrayList<>();
        String where = AudienceQuery.where(rule, occurrence, now, params);
        params.add(limit);
        var query = em.createNativeQuery("SELECT c.id FROM customer c WHERE " + where + " LIMIT ?");
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        return ids;
    }

    private static void bind(jakarta.persistence.Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
