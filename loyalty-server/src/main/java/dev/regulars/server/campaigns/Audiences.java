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
        String where = where(rule, occurrence, now, params);
        params.add(afterId);
        params.add(runId);
        params.add(limit);
        var query = em.createNativeQuery("SELECT c.id, c.first_name, c.phone_e164, c.email, c.points_balance,"
                + " c.language FROM customer c WHERE " + where + " AND c.id > ? AND NOT EXISTS (SELECT 1 FROM"
                + " campaign_recipient x WHERE x.run_id = ? AND x.customer_id = c.id) ORDER BY c.id LIMIT ?");
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Member((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    /** How many customers the occurrence on {@code occurrence} would be for, were it run at {@code now}. */
    public long count(AudienceRule rule, LocalDate occurrence, Instant now) {
        List<Object> params = new ArrayList<>();
        var query = em.createNativeQuery("SELECT COUNT(*) FROM customer c WHERE "
                + where(rule, occurrence, now, params));
        bind(query, params);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A few customers of the audience, for the editor's preview. */
    public List<String> sample(AudienceRule rule, LocalDate occurrence, Instant now, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(rule, occurrence, now, params);
        params.add(limit);
        var query = em.createNativeQuery("SELECT c.id FROM customer c WHERE " + where + " LIMIT ?");
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        return ids;
    }

    private static String where(AudienceRule rule, LocalDate occurrence, Instant now, List<Object> params) {
        params.add(rule.businessId());
        String kind = switch (rule.kind()) {
            case BIRTHDAY -> {
                LocalDate birthday = occurrence.plusDays(rule.daysBefore());
                params.add(birthday.getMonthValue());
                params.add(birthday.getDayOfMonth());
                yield "c.birthday_month = ? AND c.birthday_day = ?";
            }
            case WINBACK -> winback(rule, now, params);
            case LOW_RATING -> {
                params.add(SegmentConditions.daysBefore(now, 1));
                yield "c.id IN (SELECT r.customer_id FROM rating r WHERE r.stars <= 3 AND r.updated_at >= ?)";
            }
            case BROADCAST -> "TRUE";
        };
        String segment = SegmentConditions.of(rule.segment(), now, params);
        return "c.business_id = ? AND c.merged_into IS NULL AND " + kind + " AND " + segment;
    }

    /**
     * No visit for N days, or for more than k times the customer's own usual interval (two visits at least); a
     * customer the campaign treated or held out since their last visit is not asked again until they come back.
     */
    private static String winback(AudienceRule rule, Instant now, List<Object> params) {
        List<String> rules = new ArrayList<>();
        if (rule.lapsedDays() != null) {
            params.add(SegmentConditions.daysBefore(now, rule.lapsedDays()));
            rules.add("c.last_visit_at < ?");
        }
        if (rule.intervalFactorBp() != null) {
            params.add(SegmentConditions.daysBefore(now, 0));
            params.add(rule.intervalFactorBp());
            rules.add("(c.visits >= 2 AND TIMESTAMPDIFF(SECOND, c.last_visit_at, ?) * 10000 > ?"
                    + " * TIMESTAMPDIFF(SECOND, c.first_visit_at, c.last_visit_at) / (c.visits - 1))");
        }
        String lapsed = rules.isEmpty() ? "FALSE"
                : "c.last_visit_at IS NOT NULL AND (" + String.join(" OR ", rules) + ")";
        if (rule.campaignId() == null) {
            return lapsed;
        }
        params.add(rule.campaignId());
        return lapsed + " AND NOT EXISTS (SELECT 1 FROM campaign_recipient x JOIN campaign_run cr ON cr.id = x.run_id"
                + " WHERE x.customer_id = c.id AND x.decision IN ('T', 'H') AND x.decided_at > c.last_visit_at"
                + " AND cr.campaign_id = ?)";
    }

    private static void bind(jakarta.persistence.Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
