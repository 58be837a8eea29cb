package dev.regulars.server.customers;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Puts every customer in the tier their last twelve months of spend earn, by the business's current rules. A sale
 * or refund moves a tier up or down at once; this catches spend that aged out. Nightly and on demand.
 */
@ApplicationScoped
public class TierRecalculation {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;

    /** @return how many customers changed tier */
    @Transactional
    public int run(String businessId) {
        List<ProgramVersion> latest = em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.businessId = :b ORDER BY v.version DESC",
                        ProgramVersion.class)
                .setParameter("b", businessId).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return 0;
        }
        ProgramRules rules = latest.get(0).rules();
        LocalDateTime from = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(12);
        @SuppressWarnings("unchecked")
        // spend by the record it counts for: a merged record's sales count for the record it was merged into
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.tier, COALESCE(sp.spend, 0) - COALESCE(rf.back, 0)
                FROM customer c
                LEFT JOIN (SELECT COALESCE(m.merged_into, m.id) AS owner, SUM(s.due_minor) AS spend
                           FROM sale s JOIN customer m ON m.id = s.customer_id
                           WHERE m.business_id = ? AND s.rung_up_at > ? GROUP BY owner) sp ON sp.owner = c.id
                LEFT JOIN (SELECT COALESCE(m.merged_into, m.id) AS owner, SUM(r.money_back_minor) AS back
                           FROM refund r JOIN sale s ON s.id = r.sale_id JOIN customer m ON m.id = s.customer_id
                           WHERE m.business_id = ? AND s.rung_up_at > ? GROUP BY owner) rf ON rf.owner = c.id
                WHERE c.business_id = ? AND c.merged_into IS NULL""")
                .setParameter(1, businessId).setParameter(2, from).setParameter(3, businessId)
                .setParameter(4, from).setParameter(5, businessId).getResultList();
        long seq = 0;
        int changed = 0;
        for (Object[] row : rows) {
            String tier = rules.tierFor(((Number) row[2]).longValue()).name();
            if (!tier.equals(row[1])) {
                if (seq == 0) {
                    seq = changes.next(businessId);
                }
                em.createNativeQuery("UPDATE customer SET tier = ?, change_seq = ? WHERE id = ?")
                        .setParameter(1, tier).setParameter(2, seq).setParameter(3, row[0]).executeUpdate();
                changed++;
            }
        }
        return changed;
    }
}
