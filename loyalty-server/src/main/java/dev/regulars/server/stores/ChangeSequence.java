package dev.regulars.server.stores;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Hands out the change numbers that tills sync by. Taking a number locks the business's counter row until the
 * transaction ends, so numbers become visible in the order they were taken and a cursor never skips one. A
 * transaction takes one number however many rows it changes (a synced batch of sales shares it).
 */
@ApplicationScoped
public class ChangeSequence {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Resource
    private TransactionSynchronizationRegistry transaction;

    public long next(String businessId) {
        String key = ChangeSequence.class.getName() + ":" + businessId;
        Long taken = (Long) transaction.getResource(key);
        if (taken != null) {
            return taken;
        }
        long value = take(businessId);
        transaction.putResource(key, value);
        return value;
    }

    private long take(String businessId) {
        int updated = statement("UPDATE change_sequence SET last_value = last_value + 1 WHERE business_id = ?",
                businessId).executeUpdate();
        if (updated == 0) {
            statement("INSERT INTO change_sequence (business_id, last_value) VALUES (?, 1)", businessId)
                    .executeUpdate();
            return 1;
        }
        return ((Number) statement("SELECT last_value FROM change_sequence WHERE business_id = ?", businessId)
                .getSingleResult()).longValue();
    }

    /**
     * A statement on the counter alone. It does not flush the transaction's pending changes first: callers take a
     * number and then stamp it on the rows they changed, and a flush in between would write each row twice.
     */
    private Query statement(String sql, String businessId) {
        return em.createNativeQuery(sql).setParameter(1, businessId).setFlushMode(FlushModeType.COMMIT);
    }
}
