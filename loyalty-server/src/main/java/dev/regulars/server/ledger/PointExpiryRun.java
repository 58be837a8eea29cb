package dev.regulars.server.ledger;

import dev.regulars.core.expiry.PointExpiry;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
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
 * Writes off points that reached their expiry (loyalty-core's PointExpiry: first in, first out, months counted
 * from when the points count, a sale's time at the till), one EXPIRY entry per customer whose note says which lots
 * expired, so the history shows it. Nightly and on demand; running it twice writes nothing more.
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
    private Clock clock;
    @Inject
    private PointExpiryRun self;
    @Inject
    private LedgerLots lots;

    /** What a run wrote off. */
    public record Result(int customers, long points) {
    }

    public Result run(String businessId) {
        LedgerLots.ExpiryTerms terms = lots.termsOf(businessId);
        Instant now = clock.instant();
        // lots older than the program's months, or past a validity of their own (which holds even in a program
        // whose points never expire)
        Instant earnedBefore = terms.months() == 0 ? Instant.EPOCH
                : now.atZone(terms.zone()).minusMonths(terms.months()).toInstant();
        @SuppressWarnings("unchecked")
        List<String> candidates = em.createNativeQuery("SELECT DISTINCT e.customer_id FROM ledger_entry e"
                        + " JOIN customer c ON c.id = e.customer_id WHERE c.business_id = ? AND c.points_balance > 0"
                        + " AND c.merged_into IS NULL AND e.points > 0 AND (e.effective_at <= ? OR e.valid_until <= ?)")
                .setParameter(1, businessId)
                .setParameter(2, LocalDateTime.ofInstant(earnedBefore, ZoneOffset.UTC))
                .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        int touched = 0;
        long points = 0;
        for (String customerId : candidates) {
            long expired = self.expire(businessId, customerId, terms.months(), terms.zone(), now);
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
        PointExpiry.Due due = PointExpiry.dueAt(lots.movementsOf(customer.id()), months, now, zone);
        long points = Math.min(due.points(), customer.pointsBalance());
        if (points <= 0) {
            return 0;
        }
        String note = "expired: " + due.lots().stream()
                .map(l -> l.points() + " points earned " + DAY.format(l.earnedAt().atZone(zone)))
                .collect(Collectors.joining(", "));
        ledger.post(customer, LedgerEntryType.EXPIRY, -points, null, note.length() > 500 ? note.substring(0, 500) : note);
        return points;
    }
}
