package dev.regulars.server.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ratings sent before their sale reached the server (an offline till printed the receipt): attached once the sale
 * is there, dropped when it has not come within {@link Rating#KEPT_WITHOUT_SALE}. Each rating in a transaction of
 * its own under its row lock, so two nodes running this at once attach it once.
 */
@ApplicationScoped
public class RatingAttachment {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Ratings ratings;
    @Inject
    private RatingAttachment self;
    @Inject
    private Clock clock;

    /** @return how many ratings were attached now */
    public int run() {
        List<String> arrived = em.createQuery("SELECT r.saleId FROM Rating r WHERE r.attachedAt IS NULL AND EXISTS"
                + " (SELECT s.id FROM Sale s WHERE s.id = r.saleId)", String.class).setMaxResults(1000).getResultList();
        int attached = 0;
        for (String saleId : arrived) {
            attached += self.attach(saleId) ? 1 : 0;
        }
        self.dropStale();
        return attached;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean attach(String saleId) {
        Rating rating = em.find(Rating.class, saleId, LockModeType.PESSIMISTIC_WRITE);
        if (rating == null || rating.isAttached()) {
            return false;
        }
        ratings.attachIfArrived(rating, clock.instant());
        return rating.isAttached();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int dropStale() {
        Instant before = clock.instant().minus(Rating.KEPT_WITHOUT_SALE);
        return em.createQuery("DELETE FROM Rating r WHERE r.attachedAt IS NULL AND r.createdAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
