package dev.regulars.server.customers;

import dev.regulars.server.platform.Problem;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.core.expiry.PointExpiry;
import dev.regulars.server.ledger.LedgerLots;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Two records, one person (a second phone): the merged record keeps its ledger entries and sales; MERGE entries
 * move its balance to the record that stays, lot by lot with the dates the points were earned, its cards move
 * there, and everything that names it (its phone, its id on a till's cached sale, its referral code, a refund of
 * one of its sales) leads there from now on.
 */
@ApplicationScoped
public class CustomerMerge {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Ledger ledger;
    @Inject
    private ChangeSequence changes;
    @Inject
    private StaffAudit audit;
    @Inject
    private LedgerLots lots;
    @Inject
    private TrailingSpend spend;
    @Inject
    private dev.regulars.server.stores.ProgramVersions programs;
    @Inject
    private Clock clock;

    /** The record that stays, with its balance after the merge. */
    public record Merged(String firstName, long balanceAfter) {
    }

    @Transactional
    public Merged merge(StaffUser staff, String region, String mergedPhone, String survivorPhone) {
        if (staff.role() != StaffRole.OWNER && staff.role() != StaffRole.MANAGER) {
            throw new Problem("points.error.mergeNotManager");
        }
        Customer merged = byPhoneExactly(staff.businessId(), e164(mergedPhone, region));
        Customer survivor = byPhoneExactly(staff.businessId(), e164(survivorPhone, region));
        if (merged.id().equals(survivor.id())) {
            throw new Problem("points.error.mergeSame");
        }
        if (merged.mergedInto() != null || survivor.mergedInto() != null) {
            throw new Problem("points.error.mergedAlready");
        }
        // lock in id order, as every other writer of two customers does
        Customer first = merged.id().compareTo(survivor.id()) < 0 ? merged : survivor;
        em.lock(first, LockModeType.PESSIMISTIC_WRITE);
        em.lock(first == merged ? survivor : merged, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(merged);
        em.refresh(survivor);
        long moved = merged.pointsBalance();
        String phone = merged.phoneE164();
        String note = "the record of " + phone.substring(0, 3) + " … " + phone.substring(phone.length() - 4)
                + " merged into " + (survivor.firstName() == null ? "this customer's" : survivor.firstName() + "'s");
        // the lots are read before the entry that empties the merged record
        PointExpiry.Holdings holdings = holdingsOf(merged);
        ledger.post(merged, LedgerEntryType.MERGE, -moved, null, note);
        moveLots(holdings, survivor, moved, note);
        merged.mergeInto(survivor);
        // records merged into this one before now lead straight to the survivor too
        em.createQuery("UPDATE Customer c SET c.mergedInto = :s WHERE c.mergedInto = :m")
                .setParameter("s", survivor.id()).setParameter("m", merged.id()).executeUpdate();
        // the merged record's spend counts for the survivor's tier from now on
        em.flush();
        programs.latest(staff.businessId()).ifPresent(rules -> survivor.placeInTier(
                rules.tierFor(spend.trailingTwelveMonths(survivor.id(), clock.instant())).name()));
        em.createQuery("UPDATE CustomerCard c SET c.customerId = :s WHERE c.customerId = :m")
                .setParameter("s", survivor.id()).setParameter("m", merged.id()).executeUpdate();
        long seq = changes.next(staff.businessId());
        merged.markChanged(seq);
        survivor.markChanged(seq);
        audit.record(staff, "CUSTOMERS_MERGED", survivor.id(), "merged customer " + merged.id() + " ("
                + moved + " points moved)");
        return new Merged(survivor.firstName(), survivor.pointsBalance());
    }

    /** The merged record's balance as dated lots (PointExpiry.holdingsAt). */
    private PointExpiry.Holdings holdingsOf(Customer merged) {
        LedgerLots.ExpiryTerms terms = lots.termsOf(merged.businessId());
        return PointExpiry.holdingsAt(lots.movementsOf(merged.id()), terms.months(), clock.instant(), terms.zone());
    }

    /**
     * The merged record's points arrive as the lots they were, each dated when it was earned (and keyed by the
     * sale that earned it, so a later refund of that sale takes back from it): a merge never makes old points
     * younger. An overdraft arrives as it is, dated now.
     */
    private void moveLots(PointExpiry.Holdings holdings, Customer survivor, long moved, String note) {
        long placed = 0;
        for (PointExpiry.HeldLot lot : holdings.lots()) {
            ledger.post(survivor, LedgerEntryType.MERGE, lot.points(), lot.key(), note, lot.earnedAt(),
                    lot.validUntil());
            placed += lot.points();
        }
        // what the lots do not cover (the debt of an overdraft): so exactly the balance moves
        ledger.post(survivor, LedgerEntryType.MERGE, moved - placed, null, note);
    }

    private Customer byPhoneExactly(String businessId, String e164) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.phoneE164 = :p", Customer.class)
                .setParameter("b", businessId).setParameter("p", e164).getResultStream().findFirst()
                .orElseThrow(() -> new Problem("error.noCustomerWithPhone",
                        PhoneNumbers.formatInternational(new dev.regulars.core.phone.PhoneNumber(e164))));
    }

    private static String e164(String typed, String region) {
        try {
            return PhoneNumbers.normalize(typed, region).e164();
        } catch (InvalidPhoneNumberException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
