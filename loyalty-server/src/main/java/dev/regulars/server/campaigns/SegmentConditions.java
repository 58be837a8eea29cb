package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.RfmClass;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Segment} as an SQL condition on {@code customer c}, with its parameters appended in order. Each criterion
 * reads columns of the customer row (visits, spend, last visit, tier, last store, birthday month), or one indexed
 * probe (consent by its key, ratings by ix_rating_customer), so a count over a million customers is one scan.
 */
final class SegmentConditions {

    private SegmentConditions() {
    }

    static String of(Segment s, Instant now, List<Object> params) {
        List<String> all = new ArrayList<>();
        when(all, params, "c.visits >= ?", s.minVisits());
        when(all, params, "c.visits <= ?", s.maxVisits());
        when(all, params, "c.total_spend_minor >= ?", s.minSpendMinor());
        when(all, params, "c.total_spend_minor <= ?", s.maxSpendMinor());
        when(all, params, "c.visits > 0 AND c.total_spend_minor >= ? * c.visits", s.minAverageCheckMinor());
        when(all, params, "c.visits > 0 AND c.total_spend_minor <= ? * c.visits", s.maxAverageCheckMinor());
        when(all, params, "c.last_visit_at >= ?",
                s.visitedWithinDays() == null ? null : daysBefore(now, s.visitedWithinDays()));
        when(all, params, "c.last_visit_at < ?",
                s.notVisitedForDays() == null ? null : daysBefore(now, s.notVisitedForDays()));
        if (!s.tiers().isEmpty()) {
            all.add("c.tier IN (" + String.join(",", java.util.Collections.nCopies(s.tiers().size(), "?")) + ")");
            params.addAll(s.tiers());
        }
        when(all, params, "c.last_store_id = ?", s.storeId());
        when(all, params, "c.birthday_month = ?", s.birthdayMonth());
        when(all, params, "EXISTS (SELECT 1 FROM customer_consent cc WHERE cc.customer_id = c.id AND cc.channel = ?"
                + " AND cc.granted)", s.consent() == null ? null : s.consent().name());
        if (s.rating() != null) {
            all.add(rating(s.rating(), now, params));
        }
        if (s.rfm() != null) {
            all.add(rfm(s.rfm(), now, params));
        }
        return all.isEmpty() ? "TRUE" : "(" + String.join(") AND (", all) + ")";
    }

    /** A criterion with one parameter, when it is given. */
    private static void when(List<String> all, List<Object> params, String condition, Object value) {
        if (value != null) {
            all.add(condition);
            params.add(value);
        }
    }

    private static String rating(Segment.RatingHistory history, Instant now, List<Object> params) {
        String recent = "SELECT 1 FROM rating r WHERE r.customer_id = c.id AND r.updated_at >= ?";
        LocalDateTime since = daysBefore(now, Segment.RatingHistory.DAYS);
        return switch (history) {
            case LOW -> {
                params.add(since);
                yield "EXISTS (" + recent + " AND r.stars <= 3)";
            }
            case HIGH_ONLY -> {
                params.add(since);
                params.add(since);
                yield "EXISTS (" + recent + ") AND NOT EXISTS (" + recent + " AND r.stars <= 3)";
            }
            case NONE -> {
                params.add(since);
                yield "NOT EXISTS (" + recent + ")";
            }
        };
    }

    /** The class's own rule, and none of the classes before it (RfmClass: the first that matches). */
    private static String rfm(RfmClass wanted, Instant now, List<Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add(rule(wanted.rule(), now, params));
        for (RfmClass earlier : Arrays.copyOf(RfmClass.values(), wanted.ordinal())) {
            parts.add("NOT (" + rule(earlier.rule(), now, params) + ")");
        }
        return String.join(" AND ", parts);
    }

    /**
     * The customer's class as an SQL expression on {@code customer c}, the class's name (the first class whose rule
     * holds, as {@link #rfm} selects them): the one definition the segment figures and the campaign criterion share.
     */
    static String rfmClass(Instant now, List<Object> params) {
        StringBuilder sql = new StringBuilder("CASE");
        for (RfmClass c : RfmClass.values()) {
            sql.append(" WHEN ").append(rule(c.rule(), now, params)).append(" THEN '").append(c.name()).append('\'');
        }
        return sql.append(" END").toString();
    }

    private static String rule(RfmClass.Rule rule, Instant now, List<Object> params) {
        if (rule.minVisits() == 0) {
            return "(c.last_visit_at IS NULL OR c.visits = 0)";
        }
        List<String> parts = new ArrayList<>();
        parts.add("c.last_visit_at IS NOT NULL AND c.visits >= ?");
        params.add(rule.minVisits());
        if (rule.visitedWithinDays() != null) {
            parts.add("c.last_visit_at >= ?");
            params.add(daysBefore(now, rule.visitedWithinDays()));
        }
        if (rule.notVisitedForDays() != null) {
            parts.add("c.last_visit_at < ?");
            params.add(daysBefore(now, rule.notVisitedForDays()));
        }
        if (rule.firstVisitWithinDays() != null) {
            parts.add("c.first_visit_at IS NOT NULL AND c.first_visit_at >= ?"); // never NULL: NOT (rule) must hold
            params.add(daysBefore(now, rule.firstVisitWithinDays()));
        }
        return String.join(" AND ", parts);
    }

    static LocalDateTime daysBefore(Instant now, int days) {
        return LocalDateTime.ofInstant(now.minusSeconds(86_400L * days), ZoneOffset.UTC);
    }
}
