package dev.regulars.server.ledger;

import dev.regulars.core.expiry.PointExpiry;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.platform.NativeValues;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.ProgramVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes off points that reached their expiry (loyalty-core's PointExpiry: first in, first out), one EXPIRY entry
 * per customer whose note says which lots expired, so the history shows it. Nightly and on demand; running it
 * twice writes nothing more.
 */
@ApplicationScoped
public class PointExpiryRun {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Clock clock;
    @Inject
    private PointExpiryRun self;

    /** What a run wrote off. */
    public record Result(int customers, long points) {
    }

    public Result run(String businessId) {
        List<ProgramVersion> latest = em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.businessId = :b ORDER BY v.version DESC",
                        ProgramVersion.class)
                .setParameter("b", businessId).setMaxResults(1).getResultList();
        if (latest.isEmpty() || latest.get(0).rules().expiryMonths() == 0) {
            return new Result(0, 0);
        }
        ProgramRules rules = latest.get(0).rules();
        List<String> zones = em.createQuery("SELECT s.zoneId FROM Store s WHERE s.business.id = :b", String.class)
                .setParameter("b", businessId).setMaxResults(1).getResultList();
        ZoneId zone = zones.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zones.get(0));
        Instant now = clock.instant();
        Instant earnedBefore = now.atZone(zone).minusMonths(rules.expiryMonths()).toInstant();
        @SuppressWarnings("unchecked")
        List<String> candidates = em.createNativeQuery("SELECT DISTINCT e.customer_id FROM ledger_entry e"
                        + " JOIN customer c ON c.id = e.customer_id WHERE c.business_id = ? AND c.points_balance > 0"
                        + " AND e.points > 0 AND e.created_at <= ?")
                .setParameter(1, businessId)
                .setParameter(2, LocalDateTime.ofInstant(earnedBefore, ZoneOffset.UTC)).getResultList();
        int touched = 0;
        long points = 0;
        for (String customerId : candidates) {
            long expired = self.expire(businessId, customerId, rules.expiryMonths(), zone, now);
            if (expired > 0) {
                touched++;
                points += expired;
            }
        }
        return new Result(touched, points);
    }

    /** One customer, in a transaction of its own, under the customer's row lock. */
    @Transactional(TxType.REQUIRES_NEW)
    public long expire(String businessId, String customerId, int months, ZoneId zone, Instant now) {
        Customer customer = customers.lockById(businessId, customerId).orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT created_at, points, entry_type FROM ledger_entry"
                + " WHERE customer_id = ? ORDER BY created_at, id").setParameter(1, customerId).getResultList();
        List<PointExpiry.Movement> movements = rows.stream().map(r -> new PointExpiry.Movement(
                NativeValues.instant(r[0]), ((Number) r[1]).longValue(),
                LedgerEntryType.EXPIRY.name().equals(r[2]))).toList();
        PointExpiry.Due due = PointExpiry.dueAt(movements, months, now, zone);
        long points = Math.min(due.points(), customer.pointsBalance());
        if (points <= 0) {
            return 0;
        }
        String note = "expired: " + due.lots().stream()
                .map(l -> l.points() + " points earned " + DAY.format(l.earnedAt().atZone(zone)))
                .collect(Collectors.joining(", "));
        ledger.post(customer, LedgerEntryType.EXPIRY, -points, null, note.length() > 500 ? note.substring(0, 500) : note);
        customer.markChanged(changes.next(businessId));
        return points;
    }
}
