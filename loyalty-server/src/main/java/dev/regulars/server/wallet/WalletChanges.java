package dev.regulars.server.wallet;

import dev.regulars.server.customers.CustomerErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns what changed for customers with a pass into new versions of their passes, and the pushes and Google updates
 * that tell the phones: one transaction a business, run by WalletJobs after the sales, refunds and ledger changes
 * committed. It reads the customers' change numbers (stores' ChangeSequence: taken under the business's counter
 * lock, so they commit in order and a cursor never skips one) from its cursor up to the newest committed one, and
 * compares each pass's balance and tier with its customer's: a change is recorded once, in the transaction that
 * moves the cursor past it, so a device is told at most once per change. Nothing here runs inside the sync
 * ingest's transaction.
 */
@ApplicationScoped
public class WalletChanges {

    /**
     * How long a voided pass is still served: a phone that was off when the push came fetches it when it is back
     * on; a week covers a holiday without a signal.
     */
    static final java.time.Duration VOIDED_KEPT = java.time.Duration.ofDays(7);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private WalletSettings settings;
    @Inject
    private Clock clock;

    /** The businesses that have passes (the first pass made their cursor). */
    @SuppressWarnings("unchecked")
    public List<String> businesses() {
        return em.createNativeQuery("SELECT business_id FROM wallet_cursor").getResultList();
    }

    /**
     * Records the business's changes since its cursor.
     *
     * @return how many passes changed
     */
    @Transactional
    public int scan(String businessId) {
        // the cursor's lock first: a second node waits here, then reads from where this one stopped
        List<?> cursor = em.createNativeQuery("SELECT last_seq FROM wallet_cursor WHERE business_id = ? FOR UPDATE")
                .setParameter(1, businessId).getResultList();
        if (cursor.isEmpty()) {
            return 0;
        }
        long from = ((Number) cursor.get(0)).longValue();
        List<?> latestRow = em.createNativeQuery("SELECT last_value FROM change_sequence WHERE business_id = ?")
                .setParameter(1, businessId).getResultList();
        long latest = latestRow.isEmpty() ? 0 : ((Number) latestRow.get(0)).longValue();
        if (latest <= from) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.serial_number, c.points_balance, c.tier, p.points, p.tier"
                        + " FROM customer c JOIN wallet_pass p ON p.customer_id = c.id WHERE c.business_id = ?"
                        + " AND p.voided_at IS NULL"
                        + " AND c.change_seq > ? AND c.change_seq <= ?")
                .setParameter(1, businessId).setParameter(2, from).setParameter(3, latest).getResultList();
        Instant now = clock.instant();
        int changed = 0;
        for (Object[] r : rows) {
            PassFigures now_ = new PassFigures(((Number) r[1]).longValue(), tierOf((String) r[2]));
            PassFigures shown = new PassFigures(((Number) r[3]).longValue(), (String) r[4]);
            if (!now_.equals(shown)) {
                em.createNativeQuery("UPDATE wallet_pass SET points = ?, tier = ? WHERE serial_number = ?")
                        .setParameter(1, now_.points()).setParameter(2, now_.tier()).setParameter(3, r[0])
                        .executeUpdate();
                changedPass((String) r[0], now_.points(), now);
                changed++;
            }
        }
        em.createNativeQuery("UPDATE wallet_cursor SET last_seq = ? WHERE business_id = ?")
                .setParameter(1, latest).setParameter(2, businessId).executeUpdate();
        return changed;
    }

    /**
     * Puts a campaign message on the back of the customer's pass (its news) and tells their devices, in the
     * caller's transaction.
     *
     * @return false when the customer has no pass
     */
    @Transactional
    public boolean news(String serialNumber, String text) {
        String news = text.strip();
        if (news.length() > dev.regulars.wallet.apple.StoreCardValues.NEWS_MAX) {
            news = news.substring(0, dev.regulars.wallet.apple.StoreCardValues.NEWS_MAX - 1) + "…";
        }
        int updated = em.createNativeQuery("UPDATE wallet_pass SET news = ? WHERE serial_number = ?"
                        + " AND voided_at IS NULL")
                .setParameter(1, news.isEmpty() ? null : news).setParameter(2, serialNumber).executeUpdate();
        if (updated == 0) {
            return false;
        }
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE wallet_pass SET update_tag = GREATEST(update_tag + 1, ?), updated_at = ?"
                        + " WHERE serial_number = ?").setParameter(1, micros(now))
                .setParameter(2, WalletPasses.utc(now)).setParameter(3, serialNumber).executeUpdate();
        queuePushes(serialNumber, now);
        return true;
    }

    /**
     * "Delete my data" with a pass on a phone (CustomerErased, in the erasing transaction): the pass becomes voided
     * (served as PkPassBuilder#buildVoided: no name, balance, tier, news or barcode), its balance and news are
     * dropped from the row, its pending updates go, and its devices are pushed to fetch it; the Google object is
     * retired (GoogleUpdates). The row stays {@link #VOIDED_KEPT} for the phones to fetch it, then goes
     * ({@link #purgeVoided}), and Wallet hears 401 for it.
     */
    void voidPasses(@Observes CustomerErased erased) {
        Instant now = clock.instant();
        for (String id : erased.customerIds()) {
            @SuppressWarnings("unchecked")
            List<String> serials = em.createNativeQuery("SELECT serial_number FROM wallet_pass WHERE customer_id = ?"
                    + " AND voided_at IS NULL").setParameter(1, id).getResultList();
            for (String serial : serials) {
                for (String table : new String[] {"wallet_push", "wallet_google_update"}) {
                    em.createNativeQuery("DELETE FROM " + table + " WHERE serial_number = ?")
                            .setParameter(1, serial).executeUpdate();
                }
                em.createNativeQuery("UPDATE wallet_pass SET voided_at = ?, points = 0, tier = '-', news = NULL,"
                                + " update_tag = GREATEST(update_tag + 1, ?), updated_at = ? WHERE serial_number = ?")
                        .setParameter(1, WalletPasses.utc(now)).setParameter(2, micros(now))
                        .setParameter(3, WalletPasses.utc(now)).setParameter(4, serial).executeUpdate();
                queuePushes(serial, now);
                if (settings.google()) {
                    em.createNativeQuery("INSERT INTO wallet_google_update (serial_number, points, attempts,"
                                    + " next_attempt_at, voided) VALUES (?, 0, 0, ?, TRUE)")
                            .setParameter(1, serial).setParameter(2, WalletPasses.utc(now)).executeUpdate();
                }
            }
        }
    }

    /**
     * Forgets the passes voided more than {@link #VOIDED_KEPT} ago, with their registrations and anything still
     * queued for them.
     *
     * @return how many passes went
     */
    @Transactional
    public int purgeVoided() {
        java.time.LocalDateTime before = WalletPasses.utc(clock.instant().minus(VOIDED_KEPT));
        for (String table : new String[] {"wallet_push", "wallet_google_update", "wallet_registration"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE serial_number IN (SELECT serial_number FROM"
                    + " wallet_pass WHERE voided_at < ?)").setParameter(1, before).executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM wallet_pass WHERE voided_at < ?").setParameter(1, before)
                .executeUpdate();
    }

    /** How many devices are registered for a pass. */
    public int devices(String serialNumber) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM wallet_registration WHERE serial_number = ?")
                .setParameter(1, serialNumber).getSingleResult()).intValue();
    }

    private void changedPass(String serial, long points, Instant now) {
        em.createNativeQuery("UPDATE wallet_pass SET update_tag = GREATEST(update_tag + 1, ?), updated_at = ?"
                        + " WHERE serial_number = ?").setParameter(1, micros(now))
                .setParameter(2, WalletPasses.utc(now)).setParameter(3, serial).executeUpdate();
        queuePushes(serial, now);
        if (settings.google()) {
            em.createNativeQuery("INSERT INTO wallet_google_update (serial_number, points, attempts, next_attempt_at)"
                            + " VALUES (?, ?, 0, ?) ON DUPLICATE KEY UPDATE points = VALUES(points), attempts = 0,"
                            + " next_attempt_at = VALUES(next_attempt_at)")
                    .setParameter(1, serial).setParameter(2, points).setParameter(3, WalletPasses.utc(now))
                    .executeUpdate();
        }
    }

    private void queuePushes(String serial, Instant now) {
        em.createNativeQuery("INSERT INTO wallet_push (device_library_id, serial_number, push_token, status,"
                        + " attempts, next_attempt_at) SELECT device_library_id, serial_number, push_token, 'PENDING',"
                        + " 0, ? FROM wallet_registration WHERE serial_number = ?")
                .setParameter(1, WalletPasses.utc(now)).setParameter(2, serial).executeUpdate();
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static String tierOf(String tier) {
        return tier == null || tier.isBlank() ? "-" : tier;
    }

    /** What a pass shows that the job compares. */
    record PassFigures(long points, String tier) {
    }
}
