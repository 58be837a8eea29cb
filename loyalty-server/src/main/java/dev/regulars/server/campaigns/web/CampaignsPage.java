package dev.regulars.server.campaigns.web;

import dev.regulars.server.campaigns.CampaignReport;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin's Campaigns page: each campaign and how its latest occurrence went (the editor is to come). */
@Named("campaigns")
@RequestScoped
public class CampaignsPage {

    @Inject
    private CampaignReport report;
    @Inject
    private StaffDirectory staff;
    private List<CampaignReport.Line> lines;

    public List<CampaignReport.Line> getLines() {
        if (lines == null) {
            lines = report.of(staff.current().businessId());
        }
        return lines;
    }
}
