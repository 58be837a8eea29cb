package dev.regulars.server.ledger;

import dev.regulars.core.expiry.PointExpiry;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.server.platform.NativeValues;
import dev.regulars.server.stores.ProgramVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's ledger as loyalty-core's PointExpiry reads it: the lots points came in (dated by when they count
 * from, each keyed by the sale that earned it) and what took them out. Expiry and merges both read it.
 */
@ApplicationScoped
public class LedgerLots {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ProgramVersions programs;
    @Inject
    private dev.regulars.server.stores.TerminalRegistry stores;

    /** How a business's points expire: the months of its newest rules (0: never) in its stores' zone. */
    public record ExpiryTerms(int months, ZoneId zone) {
    }

    public ExpiryTerms termsOf(String businessId) {
        int expiryMonths = programs.latest(businessId).map(ProgramRules::expiryMonths).orElse(0);
        return new ExpiryTerms(expiryMonths, stores.zoneOf(businessId));
    }

    /**
     * The customer's entries in the order they count (effective time, then id). What a sale earned is a lot keyed
     * by the sale, and so is such a lot moved by a merge; a refund's negative entry takes back from its sale's lot.
     * What a sale redeemed is remembered under the sale, and points given back for it (the sale abandoned or
     * refunded, a hold run out) return to the lots they came from.
     */
    public List<PointExpiry.Movement> movementsOf(String customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT effective_at, points, entry_type, valid_until, sale_id"
                + " FROM ledger_entry WHERE customer_id = ? ORDER BY effective_at, id")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(LedgerLots::movement).toList();
    }

    /** Points the sale earned for this customer that reached their expiry by {@code asOf} (PointExpiry.expiredOfLot). */
    public long expiredOfSale(String customerId, String saleId, ExpiryTerms terms, java.time.Instant asOf) {
        return PointExpiry.expiredOfLot(movementsOf(customerId), saleId, terms.months(), asOf, terms.zone());
    }

    private static PointExpiry.Movement movement(Object[] r) {
        long points = ((Number) r[1]).longValue();
        LedgerEntryType type = LedgerEntryType.valueOf((String) r[2]);
        String saleId = (String) r[4];
        String lot = switch (type) {
            case EARN, MERGE -> points > 0 ? saleId : null;
            case REFUND -> points < 0 ? saleId : null;
            default -> null;
        };
        String spending = switch (type) {
            case REDEEM -> saleId;
            case REFUND -> points > 0 ? saleId : null;
            default -> null;
        };
        return new PointExpiry.Movement(NativeValues.instant(r[0]), points, type == LedgerEntryType.EXPIRY,
                r[3] == null ? null : NativeValues.instant(r[3]), lot, spending);
    }
}
