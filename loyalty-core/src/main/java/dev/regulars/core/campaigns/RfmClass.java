package dev.regulars.core.campaigns;

import java.time.Duration;
import java.time.Instant;

/**
 * A customer's RFM class: recency (days since the last visit) and frequency (visits), the two letters of RFM
 * analysis that tell a counter business who is slipping away; the M (spend, average check) is a segment criterion
 * of its own. The classes are tried in declaration order and the first that matches is the customer's, so
 * {@link #rule()} says only what a class needs beyond not being an earlier one. Thresholds are for counter service,
 * where a regular comes weekly: 14 days without a visit is already long for a champion.
 */
public enum RfmClass {
    /** Never paid a visit (enrolled, or only joined online). */
    NO_VISIT(new Rule(null, null, 0, null)),
    /** 10 visits or more, the latest within 14 days. */
    CHAMPION(new Rule(14, null, 10, null)),
    /** 5 visits or more, the latest within 45 days. */
    LOYAL(new Rule(45, null, 5, null)),
    /** First visit within the last 30 days. */
    NEW(new Rule(null, null, 1, 30)),
    /** 5 visits or more, none for over 45 days (and not over 180). */
    AT_RISK(new Rule(180, 45, 5, null)),
    /** No visit for over 180 days. */
    HIBERNATING(new Rule(null, 180, 1, null)),
    /** Everyone else who has visited: a few visits, now and then. */
    OCCASIONAL(new Rule(null, null, 1, null));

    /**
     * What a class needs: the last visit within {@code visitedWithinDays} days and over {@code notVisitedForDays}
     * days ago (null: no bound), at least {@code minVisits} visits (0: no visit at all), the first visit within
     * {@code firstVisitWithinDays} days (null: any).
     */
    public record Rule(Integer visitedWithinDays, Integer notVisitedForDays, int minVisits,
                       Integer firstVisitWithinDays) {
    }

    private final Rule rule;

    RfmClass(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    /**
     * @param firstVisit null when the customer has not visited
     * @param lastVisit  null when the customer has not visited
     */
    public static RfmClass of(Instant firstVisit, Instant lastVisit, int visits, Instant now) {
        for (RfmClass c : values()) {
            if (c.matches(firstVisit, lastVisit, visits, now)) {
                return c;
            }
        }
        throw new IllegalStateException("OCCASIONAL matches every customer with a visit");
    }

    private boolean matches(Instant firstVisit, Instant lastVisit, int visits, Instant now) {
        if (rule.minVisits() == 0) {
            return lastVisit == null || visits == 0;
        }
        if (lastVisit == null || visits < rule.minVisits()) {
            return false;
        }
        double daysSinceLast = Duration.between(lastVisit, now).toSeconds() / 86_400.0;
        if (rule.visitedWithinDays() != null && daysSinceLast > rule.visitedWithinDays()) {
            return false;
        }
        if (rule.notVisitedForDays() != null && daysSinceLast <= rule.notVisitedForDays()) {
            return false;
        }
        return rule.firstVisitWithinDays() == null || firstVisit != null
                && Duration.between(firstVisit, now).toSeconds() / 86_400.0 <= rule.firstVisitWithinDays();
    }
}
