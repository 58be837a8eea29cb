package dev.regulars.server.tillstaff;

import dev.regulars.core.sync.CashierRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The people of a store's tills as the tills receive them (docs/API.md, "Pull changes"), read in the caller's
 * transaction so they belong to the same snapshot as the rest of the page.
 */
@ApplicationScoped
public class TillStaffFeed {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * The store's people changed after the cursor, with their PIN hash, whether they are till managers and active.
     * Deactivated people are sent too, so tills forget them, except on a first pull (cursor 0): a new till has
     * nobody to forget, and gets no hash of someone who left.
     */
    public List<CashierRecord> since(String storeId, long cursor) {
        return em.createQuery("SELECT c FROM Cashier c WHERE c.storeId = :st AND c.changeSeq > :s"
                        + (cursor == 0 ? " AND c.active = TRUE" : "") + " ORDER BY c.changeSeq", Cashier.class)
                .setParameter("st", storeId).setParameter("s", cursor).getResultStream()
                .map(c -> new CashierRecord(UUID.fromString(c.id()), c.name(), c.pinHash(), c.manager(), c.active()))
                .toList();
    }
}
