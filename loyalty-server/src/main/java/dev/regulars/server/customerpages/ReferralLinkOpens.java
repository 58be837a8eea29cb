package dev.regulars.server.customerpages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The referral funnel's counts kept by the customer pages, a row per store and local day, read by the owner's
 * figures: friends' links opened on a store's join page (referral_link_open_day) and codes shared from the card page
 * (card_share_day, by the store of the shared link). Only the counts are kept: whether a browser opened a code before
 * today is kept in that browser ({@link SeenLinks}); whether a card shared today, in a rate-limit counter of a day.
 */
@ApplicationScoped
public class ReferralLinkOpens {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** Adds one open to the store's {@code day}. */
    @Transactional
    public void count(String storeId, LocalDate day) {
        add("referral_link_open_day", "opens", storeId, day);
    }

    /** Adds one shared code to the store's {@code day}. */
    @Transactional
    public void countShare(String storeId, LocalDate day) {
        add("card_share_day", "shares", storeId, day);
    }

    private void add(String table, String column, String storeId, LocalDate day) {
        em.createNativeQuery("INSERT INTO " + table + " (store_id, day, " + column + ") VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE " + column + " = " + column + " + 1").setParameter(1, storeId)
                .setParameter(2, day).executeUpdate();
    }
}
