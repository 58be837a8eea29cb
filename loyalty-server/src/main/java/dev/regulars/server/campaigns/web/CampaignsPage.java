package dev.regulars.server.campaigns.web;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.campaigns.CampaignReport;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The admin's Campaigns page: each campaign, how its latest occurrence went and whether it brought anyone back;
 * new campaigns of each kind, pause, resume and end.
 */
@Named("campaigns")
@RequestScoped
public class CampaignsPage {

    @Inject
    private CampaignReport report;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.campaigns.Campaigns campaigns;
    private List<CampaignReport.Line> lines;
    private String older;

    /** Days after an occurrence over which treated and held-out customers are compared. */
    public static final int UPLIFT_DAYS = 30;

    /**
     * "Came back within 30 days: treated 42 % of 900, held out 30 % of 100: +12 points (95 % CI +3 to +21) · visits
     * per customer ... · revenue per customer ..."; empty when the occurrence has no holdout.
     */
    public String uplift(CampaignReport.Line line) {
        if (line.runId() == null || line.heldOut() == 0) {
            return "";
        }
        CampaignReport.Outcome o = report.recentOutcome(line.runId(), UPLIFT_DAYS);
        Uplift.Difference back = Uplift.returnRate(o.treated(), o.heldOut());
        Uplift.Difference visits = Uplift.visitsPerCustomer(o.treated(), o.heldOut());
        Uplift.Difference revenue = Uplift.revenuePerCustomer(o.treated(), o.heldOut());
        return String.format(Locale.ENGLISH, "Came back within %d days: treated %.0f %% of %d, held out %.0f %% of %d:"
                        + " %+.0f points (95 %% CI %+.0f to %+.0f) · visits per customer %+.2f (%+.2f to %+.2f)"
                        + " · revenue per customer %+.2f (%+.2f to %+.2f)", UPLIFT_DAYS,
                100 * back.treated(), o.treated().customers(), 100 * back.heldOut(), o.heldOut().customers(),
                100 * back.estimate(), 100 * back.low(), 100 * back.high(), visits.estimate(), visits.low(),
                visits.high(), revenue.estimate() / 100, revenue.low() / 100, revenue.high() / 100);
    }

    /** Pauses an active campaign: a running occurrence stops at its next chunk. */
    public void pause(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.PAUSED, "paused");
    }

    /** Schedules a paused campaign or a draft again. */
    public void resume(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.ACTIVE, "scheduled");
    }

    /** Ends a campaign for good; its reports stay. */
    public void end(String id) {
        move(id, dev.regulars.server.campaigns.Campaign.Status.ENDED, "ended");
    }

    private void move(String id, dev.regulars.server.campaigns.Campaign.Status next, String done) {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        try {
            campaigns.move(staff.current(), id, next);
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO, "The campaign is " + done + ".", null));
        } catch (IllegalStateException | IllegalArgumentException e) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        lines = null;
    }

    /** The words the marketer reads for a status: ACTIVE is "scheduled". */
    public static String statusText(String status) {
        try {
            return dev.regulars.server.campaigns.Campaign.Status.valueOf(status).words();
        } catch (IllegalArgumentException e) {
            return status.toLowerCase(Locale.ROOT); // "new"
        }
    }

    /** "Win-back", "Birthday greeting", ... ({@link dev.regulars.server.campaigns.CampaignKind#label()}). */
    public static String kindText(String kind) {
        try {
            return dev.regulars.server.campaigns.CampaignKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
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
            String after = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("after");
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
