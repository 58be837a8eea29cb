package dev.regulars.server.analytics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SQL that turns a UTC DATETIME column into the local day of the row's store, for the bulk rebuild: the stores'
 * UTC offsets over the years the data spans, written out as CASE expressions from java.time's zone rules. MariaDB's
 * own CONVERT_TZ needs its time zone tables loaded, which an embedded or a managed MariaDB often lacks.
 */
final class LocalDaySql {

    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private LocalDaySql() {
    }

    /**
     * @param time     the UTC DATETIME column, e.g. {@code s.rung_up_at}
     * @param store    the store id column, e.g. {@code s.store_id}
     * @param zones    each store with its zone
     * @param from     the earliest instant the data holds
     * @param to       the latest
     * @return an SQL expression of type DATE
     */
    static String localDay(String time, String store, Map<String, ZoneId> zones, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("DATE(DATE_ADD(").append(time).append(", INTERVAL CASE ").append(store);
        zones.forEach((id, zone) -> {
            if (!SAFE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a store id: " + id);
            }
            sql.append(" WHEN '").append(id).append("' THEN ").append(offsetSeconds(time, zone.getRules(), from, to));
        });
        return sql.append(" ELSE 0 END SECOND))").toString();
    }

    /** The zone's offset at the row's time, in seconds: a CASE over the transitions between from and to. */
    static String offsetSeconds(String time, ZoneRules rules, Instant from, Instant to) {
        if (rules.isFixedOffset()) {
            return String.valueOf(rules.getOffset(from).getTotalSeconds());
        }
        StringBuilder sql = new StringBuilder("CASE");
        ZoneOffsetTransition next = rules.nextTransition(from.minusSeconds(1));
        while (next != null && !next.getInstant().isAfter(to)) {
            sql.append(" WHEN ").append(time).append(" < '")
                    .append(LocalDateTime.ofInstant(next.getInstant(), ZoneOffset.UTC)).append("' THEN ")
                    .append(next.getOffsetBefore().getTotalSeconds());
            next = rules.nextTransition(next.getInstant());
        }
        String last = String.valueOf(rules.getOffset(to).getTotalSeconds());
        // no change of offset in the span (Moscow since 2014): the one offset
        return sql.length() == "CASE".length() ? last : sql.append(" ELSE ").append(last).append(" END").toString();
    }
}
