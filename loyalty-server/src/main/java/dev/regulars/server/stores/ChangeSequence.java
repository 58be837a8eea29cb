package dev.regulars.server.stores;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        int updated = em.createNativeQuery(
                        "UPDATE change_sequence SET last_value = last_value + 1 WHERE business_id = ?")
                .setParameter(1, businessId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO change_sequence (business_id, last_value) VALUES (?, 1)")
                    .setParameter(1, businessId).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("SELECT last_value FROM change_sequence WHERE business_id = ?")
                .setParameter(1, businessId).getSingleResult()).longValue();
    }
}
