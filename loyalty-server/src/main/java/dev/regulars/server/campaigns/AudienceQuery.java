package dev.regulars.server.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of an audience (MariaDB), its parameters appended in order: the kind's rule (birthday on the day, lapsed,
 * rated low, everyone) and the segment, on {@code customer c} of the business, merged records left out. Plain
 * strings, so the benchmarks time exactly what the server runs.
 */
public final class AudienceQuery {

    private AudienceQuery() {
    }

    /** One column: how many customers the occurrence is for. */
    public static String count(AudienceRule rule, LocalDate occurrence, Instant now, List<Object> params) {
        return "SELECT COUNT(*) FROM customer c WHERE " + where(rule, occurrence, now, params);
    }

    /**
     * The next {@code limit} customers by id after {@code afterId} that run {@code runId} has not decided: id,
     * first name, phone, e-mail, balance, language.
     */
    public static String chunk(AudienceRule rule, LocalDate occurrence, Instant now, String afterId, long runId,
                               int limit, List<Object> params) {
        String where = where(rule, occurrence, now, params);
        params.add(afterId);
        params.add(runId);
        params.add(limit);
        return "SELECT c.id, c.first_name, c.phone_e164, c.email, c.points_balance, c.language FROM customer c"
                + " WHERE " + where + " AND c.id > ? AND NOT EXISTS (SELECT 1 FROM campaign_recipient x"
                + " WHERE x.run_id = ? AND x.customer_id = c.id) ORDER BY c.id LIMIT ?";
    }

    /** Whom every audience is drawn from: the business's customers (one parameter), merged records left out. */
    public static final String CUSTOMERS = "c.business_id = ? AND c.merged_into IS NULL";

    /**
     * The customer's RFM class (loyalty-core {@code RfmClass}) as an SQL expression on {@code customer c} giving the
     * class's name, as the campaign criterion selects it: the named segments' figures count with it, so they count
     * exactly whom a campaign for a segment reaches.
     */
    public static String rfmClass(Instant now, List<Object> params) {
        return SegmentConditions.rfmClass(now, params);
    }

    static String where(AudienceRule rule, LocalDate occurrence, Instant now, List<Object> params) {
        params.add(rule.businessId());
        String kind = switch (rule.kind()) {
            case BIRTHDAY -> {
                LocalDate birthday = occurrence.plusDays(rule.daysBefore());
                params.add(birthday.getMonthValue());
                params.add(birthday.getDayOfMonth());
                yield "c.birthday_month = ? AND c.birthday_day = ?";
            }
            case WINBACK -> winback(rule, now, params);
            case LOW_RATING -> lowRating(rule, now, params);
            case BROADCAST -> "TRUE";
        };
        String segment = SegmentConditions.of(rule.segment(), now, params);
        return CUSTOMERS + " AND " + kind + " AND " + segment;
    }

    /**
     * Rated a visit 1-3 stars in the last day; a saved campaign leaves out whom it decided since their latest low
     * rating, so each low rating is answered once, however often the day's occurrence looks again.
     */
    private static String lowRating(AudienceRule rule, Instant now, List<Object> params) {
        params.add(SegmentConditions.daysBefore(now, 1));
        String rated = "c.id IN (SELECT r.customer_id FROM rating r WHERE r.stars <= 3 AND r.updated_at >= ?)";
        if (rule.campaignId() == null) {
            return rated;
        }
        return rated + " AND " + notDecidedSince(rule, "", ">= (SELECT MAX(r2.updated_at) FROM rating r2"
                + " WHERE r2.customer_id = c.id AND r2.stars <= 3)", params);
    }

    /**
     * No visit for N days, or for more than k times the customer's own usual interval (two visits at least); a
     * customer the campaign treated or held out since their last visit is not asked again until they come back.
     */
    private static String winback(AudienceRule rule, Instant now, List<Object> params) {
        List<String> rules = new ArrayList<>();
        if (rule.lapsedDays() != null) {
            params.add(SegmentConditions.daysBefore(now, rule.lapsedDays()));
            rules.add("c.last_visit_at < ?");
        }
        if (rule.intervalFactorBp() != null) {
            params.add(SegmentConditions.daysBefore(now, 0));
            params.add(rule.intervalFactorBp());
            rules.add("(c.visits >= 2 AND TIMESTAMPDIFF(SECOND, c.last_visit_at, ?) * 10000 > ?"
                    + " * TIMESTAMPDIFF(SECOND, c.first_visit_at, c.last_visit_at) / (c.visits - 1))");
        }
        String lapsed = rules.isEmpty() ? "FALSE"
                : "c.last_visit_at IS NOT NULL AND (" + String.join(" OR ", rules) + ")";
        if (rule.campaignId() == null) {
            return lapsed;
        }
        return lapsed + " AND " + notDecidedSince(rule, " AND x.decision IN ('T', 'H')", "> c.last_visit_at", params);
    }

    /**
     * The customer has no decision of this campaign (of any of its occurrences) {@code since}, e.g.
     * "> c.last_visit_at"; {@code decisions} narrows which decisions count.
     */
    private static String notDecidedSince(AudienceRule rule, String decisions, String since, List<Object> params) {
        params.add(rule.campaignId());
        return "NOT EXISTS (SELECT 1 FROM campaign_recipient x JOIN campaign_run cr ON cr.id = x.run_id"
                + " WHERE x.customer_id = c.id AND cr.campaign_id = ?" + decisions + " AND x.decided_at " + since + ")";
    }

}
