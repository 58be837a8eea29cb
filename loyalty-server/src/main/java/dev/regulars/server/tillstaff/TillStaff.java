package dev.regulars.server.tillstaff;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The owner or a manager of the admin manages the people of a store's tills: adds them (name, PIN, till manager or
 * not), renames them, gives a new PIN, makes or unmakes a till manager, deactivates and reactivates (with a new
 * PIN). One transaction each, audited (never the PIN), taking a change number so the store's tills pull the change.
 *
 * <p>A PIN is unique among the store's active people. A salted hash cannot be indexed, so the PIN typed is matched
 * against each of their hashes, under the store's row lock: every change here locks the store first, so two changes
 * at once cannot both take one PIN. The lock is the transaction's first statement (InnoDB's REPEATABLE READ snapshot
 * starts after it); the business's change counter, which every sync of the business also takes, is taken last, after
 * the PBKDF2 work, so syncs wait only for the commit.
 *
 * <p>Names and PINs come checked ({@link PersonName}, {@link Pin}). Refusals are {@link Problem}s: a marketer, a store
 * of another business or a person not of the store, a PIN another active person of the store has, a new PIN for
 * someone deactivated.
 */
@ApplicationScoped
public class TillStaff {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private StaffAudit audit;
    @Inject
    private Clock clock;

    /** The store's people, the active ones first, each part by name. */
    public List<Cashier> of(StaffUser staff, String storeId) {
        mayManage(staff);
        Store store = storeId == null ? null : em.find(Store.class, storeId);
        requireOfBusiness(staff, store);
        return em.createQuery("SELECT c FROM Cashier c WHERE c.storeId = :s ORDER BY c.active DESC, c.name, c.id",
                Cashier.class).setParameter("s", storeId).getResultList();
    }

    /**
     * Adds a person to the store's tills.
     *
     * @param pin     which no other active person of the store may have
     * @param manager a till manager: their PIN approves large discounts, refunds and leaving the kiosk
     * @return the person, active
     */
    @Transactional
    public Cashier add(StaffUser staff, String storeId, PersonName name, Pin pin, boolean manager) {
        mayManage(staff);
        String hash = pin.hash();
        Store store = lockStore(staff, storeId);
        pin.requireFreeAmong(activePinHashes(storeId, null));
        Cashier person = new Cashier(storeId, name, hash, manager, change(staff));
        em.persist(person);
        audit.record(staff, "TILL_STAFF_ADDED", person.id(), name + (manager ? " (till manager)" : "") + " at "
                + store.name());
        return person;
    }

    /** Gives the person another name; the same name again changes nothing. */
    @Transactional
    public void rename(StaffUser staff, String storeId, String cashierId, PersonName name) {
        Locked it = lock(staff, storeId, cashierId);
        String before = it.person().name();
        if (!before.equals(name.value())) {
            it.person().rename(name, change(staff));
            audit.record(staff, "TILL_STAFF_RENAMED", it.person().id(), before + " -> " + it.said());
        }
    }

    /**
     * Gives an active person a new PIN (a forgotten one, or one someone else saw).
     *
     * @throws Problem also for a deactivated person: reactivating gives them a new PIN
     */
    @Transactional
    public void resetPin(StaffUser staff, String storeId, String cashierId, Pin pin) {
        String hash = pin.hash();
        Locked it = lock(staff, storeId, cashierId);
        if (!it.person().active()) {
            throw new Problem("tillstaff.error.deactivated", it.person().name());
        }
        pin.requireFreeAmong(activePinHashes(storeId, cashierId));
        it.person().pinHash(hash, change(staff));
        audit.record(staff, "TILL_STAFF_PIN_RESET", it.person().id(), it.said());
    }

    /** Makes the person a till manager or takes it away; the same again changes nothing. */
    @Transactional
    public void setManager(StaffUser staff, String storeId, String cashierId, boolean manager) {
        Locked it = lock(staff, storeId, cashierId);
        if (it.person().manager() != manager) {
            it.person().manager(manager, change(staff));
            audit.record(staff, manager ? "TILL_STAFF_MANAGER" : "TILL_STAFF_NOT_MANAGER", it.person().id(),
                    it.said());
        }
    }

    /** The person can no longer log in: the store's tills forget them with their next sync. */
    @Transactional
    public void deactivate(StaffUser staff, String storeId, String cashierId) {
        Locked it = lock(staff, storeId, cashierId);
        if (it.person().active()) {
            it.person().active(false, change(staff));
            audit.record(staff, "TILL_STAFF_DEACTIVATED", it.person().id(), it.said());
        }
    }

    /**
     * Lets a deactivated person log in again, with a new PIN: their old one may be someone else's by now, and only
     * the PIN itself (not its hash) can be compared with the others'. An active person stays as they are.
     *
     * @param pin which no active person of the store may have
     */
    @Transactional
    public void reactivate(StaffUser staff, String storeId, String cashierId, Pin pin) {
        String hash = pin.hash();
        Locked it = lock(staff, storeId, cashierId);
        if (it.person().active()) {
            return;
        }
        pin.requireFreeAmong(activePinHashes(storeId, cashierId));
        Cashier.Change change = change(staff);
        it.person().pinHash(hash, change);
        it.person().active(true, change);
        audit.record(staff, "TILL_STAFF_REACTIVATED", it.person().id(), it.said() + ", with a new PIN");
    }

    /** A person of a store whose row this transaction has locked. */
    private record Locked(Store store, Cashier person) {

        /** The person and their store, as the audit says them: "Anna at Canal Street". */
        String said() {
            return person.name() + " at " + store.name();
        }
    }

    /** Checks the member of staff may, locks the store and finds its person. */
    private Locked lock(StaffUser staff, String storeId, String cashierId) {
        mayManage(staff);
        Store store = lockStore(staff, storeId);
        Cashier person = cashierId == null ? null : em.find(Cashier.class, cashierId);
        if (person == null || !person.storeId().equals(storeId)) {
            throw new Problem("tillstaff.error.noSuchPerson");
        }
        return new Locked(store, person);
    }

    /** The PIN hashes of the store's active people, {@code exceptId} (the person being changed) left out. */
    private List<String> activePinHashes(String storeId, String exceptId) {
        return em.createQuery("SELECT c.pinHash FROM Cashier c WHERE c.storeId = :s AND c.active = TRUE"
                        + " AND c.id <> :except", String.class)
                .setParameter("s", storeId).setParameter("except", exceptId == null ? "" : exceptId)
                .getResultList();
    }

    /** Locks the store's row to the end of the transaction: its people change one change at a time. */
    private Store lockStore(StaffUser staff, String storeId) {
        Store store = storeId == null ? null : em.find(Store.class, storeId, LockModeType.PESSIMISTIC_WRITE);
        requireOfBusiness(staff, store);
        return store;
    }

    private static void requireOfBusiness(StaffUser staff, Store store) {
        if (store == null || !store.business().id().equals(staff.businessId())) {
            throw new Problem("stores.noSuchStore");
        }
    }

    /** Takes the business's change number: call it once the change is sure, just before making it. */
    private Cashier.Change change(StaffUser staff) {
        return new Cashier.Change(changes.next(staff.businessId()), staff.id(), clock.instant());
    }

    /** Only the owner and managers manage the people of the tills. */
    static void mayManage(StaffUser staff) {
        if (staff.role() == StaffRole.MARKETER) {
            throw new Problem("tillstaff.error.onlyManagers");
        }
    }
}
