package dev.regulars.server.analytics;

import dev.regulars.server.campaigns.CampaignReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaigns on the figure pages: each campaign with an occurrence whose measuring window
 * ({@link CampaignReport#UPLIFT_DAYS} days after it started) overlaps the period, with what the campaigns context
 * stored of it (CampaignOutcomes' last measure: the page computes nothing over sales). Campaigns are the whole business's: the
 * audience is chosen among all its customers, so a store or line filter does not apply to them.
 */
@ApplicationScoped
public class CampaignFigures {

    /** Occurrences read at most, newest first (a daily campaign has 30 to 60 in view). */
    static final int MAX_RUNS = 200;

    @Inject
    private CampaignReport report;

    /** Per campaign, newest occurrence first. */
    public List<CampaignUplift> of(String businessId, Period period, ZoneId zone) {
        Instant from = period.first().minusDays(CampaignReport.UPLIFT_DAYS).atStartOfDay(zone).toInstant();
        Instant to = period.last().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, CampaignUplift> campaigns = new LinkedHashMap<>();
        for (CampaignReport.Run run : report.runsStarted(businessId, from, to, MAX_RUNS)) {
            campaigns.put(run.campaignId(), campaigns.getOrDefault(run.campaignId(),
                    CampaignUplift.of(run.campaignId(), run.name(), run.kind())).plus(run.treated(), run.outcome()));
        }
        return new ArrayList<>(campaigns.values());
    }
}
