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
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.tier,
                       COALESCE((SELECT SUM(s.due_minor) FROM sale s
                                 WHERE s.customer_id = c.id AND s.rung_up_at > ?), 0)
                     - COALESCE((SELECT SUM(r.money_back_minor) FROM refund r JOIN sale s ON s.id = r.sale_id
                                 WHERE s.customer_id = c.id AND s.rung_up_at > ?), 0)
                FROM customer c WHERE c.business_id = ? AND c.merged_into IS NULL""")
                .setParameter(1, from).setParameter(2, from).setParameter(3, businessId).getResultList();
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
