package dev.regulars.core.visits;

import dev.regulars.core.money.Rounding;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a customer comes: paid visits, what they spent (refunds taken off), first and last visit. The average check
 * and the usual interval follow from these, so they are computed, never stored apart.
 *
 * @param firstVisit null before the first visit
 * @param lastVisit  null before the first visit
 */
public record VisitStats(int visits, long totalSpendMinor, Instant firstVisit, Instant lastVisit) {

    public VisitStats {
        if (visits < 0) {
            throw new IllegalArgumentException("visits must not be negative, was " + visits);
        }
        if ((firstVisit == null) != (lastVisit == null) || firstVisit != null && lastVisit.isBefore(firstVisit)) {
            throw new IllegalArgumentException("first and last visit go together, first not after last");
        }
    }

    /** Spend per visit, rounded half-up like every other figure; 0 before the first visit. */
    public long averageCheckMinor() {
        return visits == 0 ? 0 : Rounding.halfUp(totalSpendMinor, visits);
    }

    /**
     * The mean time between two visits, (last - first) / (visits - 1); empty until there are two visits. Win-back
     * offers compare a customer's absence with it ("twice their own usual interval").
     */
    public Optional<Duration> usualInterval() {
        if (visits < 2) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(firstVisit, lastVisit).dividedBy(visits - 1));
    }
}
