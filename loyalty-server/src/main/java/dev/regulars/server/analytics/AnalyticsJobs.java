package dev.regulars.server.analytics;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 5 seconds: what arrived since is folded into the roll-ups, a round of at most
 * {@value RollupRound#ROWS_PER_ROUND} sales and refunds a business at a time, until the outbox is empty (at most 50
 * rounds, so one business's backlog after an outage does not hold the others back for long). A failure is logged;
 * the rows stay in the outbox for the next round. Every minute: a business whose day has no measure of its points
 * economy yet gets one ({@link PointsEconomy}: once a day, soon after the business's midnight), and the RFM
 * segments' snapshot of the running month is taken again once a day, a finished month's once more soon after its
 * end ({@link SegmentSnapshot#refresh}).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AnalyticsJobs {

    private static final Logger LOG = Logger.getLogger(AnalyticsJobs.class.getName());
    private static final int MAX_ROUNDS = 50;

    @Inject
    private RollupRound round;
    @Inject
    private PointsEconomy points;
    @Inject
    private SegmentFigures segments;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void fold() {
        try {
            for (String business : round.businessesWithWork()) {
                for (int i = 0; i < MAX_ROUNDS && round.fold(business) == RollupRound.ROWS_PER_ROUND; i++) {
                    // a full round: there may be more
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "folding sales into the owner's figures failed; the next round tries again", e);
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void measurePoints() {
        for (Object[] business : points.businesses()) {
            try {
                java.time.ZoneId zone = business[1] == null ? java.time.ZoneOffset.UTC
                        : java.time.ZoneId.of((String) business[1]);
                java.time.LocalDate today = points.today(zone);
                PointsEconomy.Measure last = points.latest((String) business[0], today);
                if (last == null || last.day().isBefore(today)) {
                    points.measure((String) business[0], today);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the points of business " + business[0] + " were not measured", e);
            }
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void snapshotSegments() {
        for (Object[] business : points.businesses()) {
            try {
                segments.refresh((String) business[0], business[1] == null ? java.time.ZoneOffset.UTC
                        : java.time.ZoneId.of((String) business[1]));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the segments of business " + business[0] + " were not measured", e);
            }
        }
    }
}
