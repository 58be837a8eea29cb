package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The referral funnel over a period, from the codes customers shared and the links friends opened to the inviters'
 * bonuses. Read from the referral context's tables by indexed ranges of time (a row per referral, far fewer than
 * sales) and from the customer pages' daily counts of codes shared (card_share_day) and links opened
 * (referral_link_open_day), a row per store and day.
 */
@ApplicationScoped
public class ProgramFigures {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * The referral funnel of the period.
     *
     * @param codesShared    referral links shared from the card page (its share sheet went through or its link was
     *                       copied), at most once a card a day, by the store the link leads to, on the period's days
     * @param linksOpened    friends' links opened on the join page of a store of the scope with a valid code, on the
     *                       period's days (once a code a browser a day)
     * @param joined         friends who joined with an inviter's code in the period (at a till of the scope; for the
     *                       whole business also on the join page, before any purchase)
     * @param firstPurchases friends' first purchases in the period at the scope's stores
     * @param pending        of those, inviter bonuses still waiting for their window to pass
     * @param granted        inviter bonuses granted in the period
     * @param cancelled      inviter bonuses cancelled (the friend's purchase refunded within the window)
     * @param bonusPoints    points granted to inviters
     * @param refused        codes refused, with why, most frequent first (counted for the business, not per
     *                       store: none for a reader limited to some stores)
     */
    public record Referrals(long codesShared, long linksOpened, long joined, long firstPurchases, long pending, long granted,
                            long cancelled, long bonusPoints, List<Refusal> refused) {
    }

    /** A reason a friend's code was refused, and how often. */
    public record Refusal(String reason, long times) {
    }

    public Referrals referrals(Scope scope, Period period, ZoneId zone) {
        LocalDateTime[] at = bounds(period, zone);
        boolean wholeBusiness = scope.isWholeBusiness();
        long joined = OwnerFigures.n(em.createNativeQuery("SELECT COUNT(*) FROM referral r"
                        + " LEFT JOIN sale s ON s.id = r.first_sale_id WHERE r.business_id = ?"
                        + " AND r.created_at >= ? AND r.created_at < ? AND (s.store_id IN (" + scope.sqlList() + ")"
                        + (wholeBusiness ? " OR s.id IS NULL)" : ")"))
                .setParameter(1, scope.businessId()).setParameter(2, at[0]).setParameter(3, at[1])
                .getSingleResult());
        Object[] funnel = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(r.status = 'PENDING'), 0)"
                        + " FROM referral r JOIN sale s ON s.id = r.first_sale_id WHERE r.business_id = ?"
                        + " AND s.rung_up_at >= ? AND s.rung_up_at < ? AND s.store_id IN (" + scope.sqlList() + ")")
                .setParameter(1, scope.businessId()).setParameter(2, at[0]).setParameter(3, at[1])
                .getSingleResult();
        Object[] decided = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(r.status = 'GRANTED'), 0),"
                        + " COALESCE(SUM(r.status = 'CANCELLED'), 0), COALESCE(SUM(IF(r.status = 'GRANTED',"
                        + " r.bonus_points, 0)), 0) FROM referral r JOIN sale s ON s.id = r.first_sale_id"
                        + " WHERE r.business_id = ? AND r.decided_at >= ? AND r.decided_at < ?"
                        + " AND s.store_id IN (" + scope.sqlList() + ")")
                .setParameter(1, scope.businessId()).setParameter(2, at[0]).setParameter(3, at[1])
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> reasons = em.createNativeQuery("SELECT reason, COUNT(*) FROM referral_attempt"
                        + " WHERE business_id = ? AND created_at >= ? AND created_at < ? GROUP BY reason"
                        + " ORDER BY COUNT(*) DESC, reason LIMIT 20")
                .setParameter(1, scope.businessId()).setParameter(2, at[0]).setParameter(3, at[1]).getResultList();
        List<Refusal> refused = new ArrayList<>();
        // attempts refused at the till are counted for the business, not per store: not for a reader limited to some
        reasons.stream().filter(r -> !scope.limited())
                .forEach(r -> refused.add(new Refusal((String) r[0], OwnerFigures.n(r[1]))));
        return new Referrals(daySum("card_share_day", "shares", scope, period),
                daySum("referral_link_open_day", "opens", scope, period), joined, OwnerFigures.n(funnel[0]),
                OwnerFigures.n(funnel[1]),
                OwnerFigures.n(decided[0]), OwnerFigures.n(decided[1]), OwnerFigures.n(decided[2]), refused);
    }

    /** A count kept per store and day, over the scope's stores and the period's days. */
    private long daySum(String table, String column, Scope scope, Period period) {
        return OwnerFigures.n(em.createNativeQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM " + table
                        + " WHERE store_id IN (" + scope.sqlList() + ") AND day BETWEEN ? AND ?")
                .setParameter(1, period.first()).setParameter(2, period.last()).getSingleResult());
    }

    /** The period's days in the business's zone as UTC DATETIMEs: [first day's start, the day after the last). */
    private static LocalDateTime[] bounds(Period period, ZoneId zone) {
        return new LocalDateTime[] {RatingWeeks.utc(period.first(), zone),
            RatingWeeks.utc(period.last().plusDays(1), zone)};
    }
}
