package dev.regulars.server.customers;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.ledger.LedgerEntryType;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Two records, one person (a second phone): the merged record keeps its ledger entries and sales; a MERGE entry
 * pair moves its balance to the record that stays, its cards move there, and its phone leads there from now on.
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

    /** The record that stays, with its balance after the merge. */
    public record Merged(String firstName, long balanceAfter) {
    }

    @Transactional
    public Merged merge(StaffUser staff, String region, String mergedPhone, String survivorPhone) {
        if (staff.role() != StaffRole.OWNER && staff.role() != StaffRole.MANAGER) {
            throw new IllegalArgumentException("Only a manager or the owner may merge customers");
        }
        Customer merged = byPhoneExactly(staff.businessId(), e164(mergedPhone, region));
        Customer survivor = byPhoneExactly(staff.businessId(), e164(survivorPhone, region));
        if (merged.id().equals(survivor.id())) {
            throw new IllegalArgumentException("Both phones belong to the same customer record");
        }
        if (merged.mergedInto() != null || survivor.mergedInto() != null) {
            throw new IllegalArgumentException("One of these records was already merged into another");
        }
        // lock in id order, as every other writer of two customers does
        Customer first = merged.id().compareTo(survivor.id()) < 0 ? merged : survivor;
        em.lock(first, LockModeType.PESSIMISTIC_WRITE);
        em.lock(first == merged ? survivor : merged, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(merged);
        em.refresh(survivor);
        long moved = merged.pointsBalance();
        String note = "merged " + merged.phoneE164().substring(0, 3) + "…" + " into the record of "
                + (survivor.firstName() == null ? "the customer" : survivor.firstName());
        ledger.post(merged, LedgerEntryType.MERGE, -moved, null, note);
        ledger.post(survivor, LedgerEntryType.MERGE, moved, null, note);
        merged.mergeInto(survivor);
        em.createQuery("UPDATE CustomerCard c SET c.customerId = :s WHERE c.customerId = :m")
                .setParameter("s", survivor.id()).setParameter("m", merged.id()).executeUpdate();
        long seq = changes.next(staff.businessId());
        merged.markChanged(seq);
        survivor.markChanged(seq);
        audit.record(staff, "CUSTOMERS_MERGED", survivor.id(), "merged customer " + merged.id() + " ("
                + moved + " points moved)");
        return new Merged(survivor.firstName(), survivor.pointsBalance());
    }

    private Customer byPhoneExactly(String businessId, String e164) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.phoneE164 = :p", Customer.class)
                .setParameter("b", businessId).setParameter("p", e164).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No customer has the phone "
                        + PhoneNumbers.formatInternational(new dev.regulars.core.phone.PhoneNumber(e164))));
    }

    private static String e164(String typed, String region) {
        try {
            return PhoneNumbers.normalize(typed, region).e164();
        } catch (InvalidPhoneNumberException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
