package dev.regulars.server.customerpages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The count of friends' links opened on a store's join page, a row per store and local day
 * (referral_link_open_day), read by the owner's referral funnel. Only the count is kept: whether a browser opened a
 * code before today is kept in that browser ({@link SeenLinks}).
 */
@ApplicationScoped
public class ReferralLinkOpens {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** Adds one open to the store's {@code day}. */
    @Transactional
    public void count(String storeId, LocalDate day) {
        em.createNativeQuery("INSERT INTO referral_link_open_day (store_id, day, opens) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE opens = opens + 1").setParameter(1, storeId).setParameter(2, day)
                .executeUpdate();
    }
}
