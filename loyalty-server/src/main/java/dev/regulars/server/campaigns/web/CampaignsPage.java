package dev.regulars.server.campaigns.web;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.campaigns.CampaignReport;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The admin's Campaigns page: each campaign, how its latest occurrence went and whether it brought anyone back;
 * new campaigns of each kind, pause, resume and end. The page keeps the list it drew (view scope), so a button
 * pressed on a row that changed meanwhile (another marketer ended the campaign) still reaches the campaign, which
 * says why it cannot move, instead of the press being dropped in silence.
 */
@Named("campaigns")
@ViewScoped
public class CampaignsPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignReport report;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.campaigns.Campaigns campaigns;
    @Inject
    private dev.regulars.server.stores.TerminalRegistry stores;
    @Inject
    private java.time.Clock clock;
    private List<CampaignReport.Line> lines;
    private String older;
    /** The ?after= of the page as first opened: actions redraw the same page. */
    private String after;
    private boolean afterRead;

    /** Days after an occurrence over which treated and held-out customers are compared. */
    public static final int UPLIFT_DAYS = CampaignReport.UPLIFT_DAYS;

    /**
     * "Came back within 30 days: treated 42 % of 900, held out 30 % of 100: +12 points (95 % CI +3 to +21) · visits
     * per customer ... · revenue per customer ...", from the outcome last stored; empty when the occurrence has no
     * holdout or was not measured yet.
     */
    public String uplift(CampaignReport.Line line) {
        if (line.runId() == null || line.heldOut() == 0 || !line.outcome().measured()) {
            return "";
        }
        CampaignReport.Outcome o = line.outcome().outcome();
        Uplift.Difference back = Uplift.returnRate(o.treated(), o.heldOut());
        Uplift.Difference visits = Uplift.visitsPerCustomer(o.treated(), o.heldOut());
        Uplift.Difference revenue = Uplift.revenuePerCustomer(o.treated(), o.heldOut());
        return AdminTexts.get("campaigns.uplift", String.valueOf(UPLIFT_DAYS),
                number("%.0f", 100 * back.treated()), String.valueOf(o.treated().customers()),
                number("%.0f", 100 * back.heldOut()), String.valueOf(o.heldOut().customers()),
                number("%+.0f", 100 * back.estimate()), number("%+.0f", 100 * back.low()),
                number("%+.0f", 100 * back.high()), number("%+.2f", visits.estimate()), number("%+.2f", visits.low()),
                number("%+.2f", visits.high()), number("%+.2f", revenue.estimate() / 100),
                number("%+.2f", revenue.low() / 100), number("%+.2f", revenue.high() / 100));
    }

    /** A figure of the uplift as the reader's language writes it ("+12", "-0.25" or "-0,25"). */
    private static String number(String format, double value) {
        return String.format(AdminTexts.locale(), format, value);
    }

    /**
     * The answer in words, from the return rate's 95 % interval: more came back than of the held-out group (the
     * interval is above 0), fewer (below 0), or not clear yet (it spans 0: the difference may be chance); empty
     * without a holdout or a measure.
     */
    public String verdict(CampaignReport.Line line) {
        if (line.runId() == null || line.heldOut() == 0 || !line.outcome().measured()) {
            return "";
        }
        CampaignReport.Outcome o = line.outcome().outcome();
        Uplift.Difference back = Uplift.returnRate(o.treated(), o.heldOut());
        return AdminTexts.get(back.low() > 0 ? "campaigns.verdict.more" : back.high() < 0 ? "campaigns.verdict.fewer"
                : "campaigns.verdict.unclear");
    }

    /** "measured 14:05", "final" or "not measured yet" for the uplift of an occurrence with a holdout, else empty. */
    public String measured(CampaignReport.Line line) {
        if (line.runId() == null || line.heldOut() == 0) {
            return "";
        }
        return measuredText(line.outcome().measuredAt(), line.outcome().isFinal(),
                stores.zoneOf(staff.current().businessId()), clock.instant());
    }

    /**
     * When stored figures were measured, in the reader's words: "final" (the window closed: they will not change),
     * "measured 14:05" (today, in {@code zone}), "measured 28 Nov 14:05" (an earlier day), or "not measured yet"
     * ({@code measuredAt} null).
     */
    public static String measuredText(java.time.Instant measuredAt, boolean isFinal, java.time.ZoneId zone,
                                      java.time.Instant now) {
        if (measuredAt == null) {
            return AdminTexts.get("campaigns.notMeasured");
        }
        if (isFinal) {
            return AdminTexts.get("campaigns.final");
        }
        java.time.ZonedDateTime at = measuredAt.atZone(zone);
        String pattern = at.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? "HH:mm" : "d MMM HH:mm";
        return AdminTexts.get("campaigns.measured", java.time.format.DateTimeFormatter.ofPattern(pattern,
                AdminTexts.locale()).format(at));
    }

    /** Pauses an active campaign: a running occurrence stops at its next chunk. */
    public void pause(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.PAUSED);
    }

    /** Schedules a paused campaign or a draft again. */
    public void resume(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.ACTIVE);
    }

    /** Ends a campaign for good; its reports stay. */
    public void end(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.ENDED);
    }

    private void move(String id, dev.regulars.server.campaigns.Campaign.Status next) {
        try {
            campaigns.move(staff.current(), id, next);
            AdminTexts.say(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "campaigns.moved." + next.name());
        } catch (IllegalStateException | IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        lines = null;
    }

    /** The words the marketer reads for a status (campaign.status.*): ACTIVE is "scheduled", a new one "new". */
    public static String statusText(String status) {
        try {
            return AdminTexts.get("campaign.status." + (status.equals("new") ? status
                    : dev.regulars.server.campaigns.Campaign.Status.valueOf(status).name()));
        } catch (IllegalArgumentException e) {
            return status.toLowerCase(Locale.ROOT);
        }
    }

    /** "Win-back", "Birthday greeting", ... (campaign.kind.*). */
    public static String kindText(String kind) {
        try {
            return AdminTexts.get("campaign.kind." + dev.regulars.server.campaigns.CampaignKind.valueOf(kind).name());
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    /** The date of the latest occurrence, or "never". */
    public String occurrence(String lastOccurrence) {
        return "never".equals(lastOccurrence) ? AdminTexts.get("campaigns.never") : lastOccurrence;
    }

    /** "running", "done", "stopped" in the reader's language; empty before the first occurrence. */
    public String runStatus(String runStatus) {
        return List.of("running", "done", "stopped").contains(runStatus)
                ? AdminTexts.get("campaign.run." + runStatus) : runStatus;
    }

    public String status(String status) {
        return statusText(status);
    }

    public String kind(String kind) {
        return kindText(kind);
    }

    /** Campaigns on a page of the list. */
    public static final int PAGE = 20;

    /** This page of the list, newest first: from the newest, or after the campaign named by {@code ?after=}. */
    public List<CampaignReport.Line> getLines() {
        if (lines == null) {
            String business = staff.current().businessId();
            if (!afterRead) {
                after = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestParameterMap().get("after");
                afterRead = true;
            }
            CampaignReport.After from = after == null ? null : campaigns.find(business, after)
                    .map(c -> new CampaignReport.After(c.createdAt(), c.id())).orElse(null);
            List<CampaignReport.Line> found = report.page(business, from, PAGE + 1);
            older = found.size() > PAGE ? found.get(PAGE - 1).id() : null;
            lines = found.size() > PAGE ? found.subList(0, PAGE) : found;
        }
        return lines;
    }

    /** The id to ask for the next page with ({@code ?after=}), null on the last page. */
    public String getOlder() {
        getLines();
        return older;
    }
}
