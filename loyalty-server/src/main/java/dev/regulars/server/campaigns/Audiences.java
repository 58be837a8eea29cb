package dev.regulars.server.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a campaign's occurrence is for, read in chunks by customer id: the customers of its kind that the run has
 * not decided yet, so a run resumed after a crash goes on where it stopped. Merged records are never an audience.
 */
@ApplicationScoped
public class Audiences {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** A customer of an audience with what the message needs. */
    public record Member(String customerId, String firstName, String phoneE164, String email, long balance) {
    }

    /**
     * The next customers of the audience after {@code afterId} that run {@code runId} has not decided.
     *
     * @param occurrence the occurrence's local date
     */
    public List<Member> next(Campaign campaign, long runId, LocalDate occurrence, Instant now, String afterId,
                             int limit) {
        List<Object> params = new ArrayList<>();
        params.add(campaign.businessId());
        String condition = switch (campaign.kind()) {
            case BIRTHDAY -> {
                LocalDate birthday = occurrence.plusDays(campaign.daysBefore());
                params.add(birthday.getMonthValue());
                params.add(birthday.getDayOfMonth());
                yield "c.birthday_month = ? AND c.birthday_day = ?";
            }
            case WINBACK -> winback(campaign, now, params);
            case LOW_RATING -> {
                params.add(LocalDateTime.ofInstant(now.minusSeconds(86_400), ZoneOffset.UTC));
                yield "EXISTS (SELECT 1 FROM rating r WHERE r.customer_id = c.id AND r.stars <= 3"
                        + " AND r.updated_at >= ?)";
            }
            case BROADCAST -> "TRUE";
        };
        params.add(afterId);
        params.add(runId);
        params.add(limit);
        var query = em.createNativeQuery("SELECT c.id, c.first_name, c.phone_e164, c.email, c.points_balance"
                + " FROM customer c WHERE c.business_id = ? AND c.merged_into IS NULL AND " + condition
                + " AND c.id > ? AND NOT EXISTS (SELECT 1 FROM campaign_recipient x WHERE x.run_id = ?"
                + " AND x.customer_id = c.id) ORDER BY c.id LIMIT ?");
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Member((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue())).toList();
    }

    /** No visit for N days, or for more than k times the customer's own usual interval (two visits at least). */
    private static String winback(Campaign campaign, Instant now, List<Object> params) {
        List<String> rules = new ArrayList<>();
        if (campaign.lapsedDays() != null) {
            params.add(LocalDateTime.ofInstant(now.minusSeconds(86_400L * campaign.lapsedDays()), ZoneOffset.UTC));
            rules.add("c.last_visit_at < ?");
        }
        if (campaign.intervalFactorBp() != null) {
            params.add(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            params.add(campaign.intervalFactorBp());
            rules.add("(c.visits >= 2 AND TIMESTAMPDIFF(SECOND, c.last_visit_at, ?) * 10000 > ?"
                    + " * TIMESTAMPDIFF(SECOND, c.first_visit_at, c.last_visit_at) / (c.visits - 1))");
        }
        return rules.isEmpty() ? "FALSE" : "c.last_visit_at IS NOT NULL AND (" + String.join(" OR ", rules) + ")";
    }
}
