package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.platform.NativeValues;
import java.time.Instant;

/**
 * An occurrence's outcome as last stored in campaign_run_outcome by CampaignOutcomes.
 *
 * @param outcome    the treated and held-out groups (empty groups when not measured yet)
 * @param measuredAt when it was measured; null: not measured yet
 * @param isFinal    measured after its window closed: it will not change
 */
public record MeasuredOutcome(CampaignReport.Outcome outcome, Instant measuredAt, boolean isFinal)
        implements java.io.Serializable {

    /** The columns {@link #read} takes, in its order, of campaign_run_outcome aliased {@code o}. */
    static final String COLUMNS = "o.treated_customers, o.treated_returned, o.treated_visits, o.treated_visits_sq,"
            + " o.treated_revenue_minor, o.treated_revenue_sq, o.held_customers, o.held_returned, o.held_visits,"
            + " o.held_visits_sq, o.held_revenue_minor, o.held_revenue_sq, o.measured_at, o.is_final";

    /** Whether there is a measure. */
    public boolean measured() {
        return measuredAt != null;
    }

    /** The outcome of {@link #COLUMNS} starting at {@code row[from]}; a missing row (nulls) is not measured. */
    static MeasuredOutcome read(Object[] row, int from) {
        return new MeasuredOutcome(new CampaignReport.Outcome(group(row, from), group(row, from + 6)),
                row[from + 12] == null ? null : NativeValues.instant(row[from + 12]),
                row[from + 13] != null && truth(row[from + 13]));
    }

    private static Uplift.Group group(Object[] r, int i) {
        return new Uplift.Group(n(r[i]), n(r[i + 1]), n(r[i + 2]), d(r[i + 3]), n(r[i + 4]), d(r[i + 5]));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double d(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
