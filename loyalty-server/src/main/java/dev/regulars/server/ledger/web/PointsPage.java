package dev.regulars.server.ledger.web;

import dev.regulars.server.ledger.Adjustments;
import dev.regulars.server.ledger.LedgerAudit;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The admin's points tools: a manual adjustment with a reason, and the balance check on demand. */
@Named("points")
@RequestScoped
public class PointsPage {

    @Inject
    private Adjustments adjustments;
    @Inject
    private LedgerAudit audit;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private dev.regulars.server.referrals.ReferralProgram referrals;
    @Inject
    private dev.regulars.server.ledger.PointExpiryRun expiry;

    @Inject
    private dev.regulars.server.customers.CustomerMerge merges;

    private String mergedPhone = "";
    private String survivorPhone = "";
    private String phone = "";
    private String points = "";
    private String reason = "";

    public void adjust() {
        StaffUser me = staff.current();
        long amount;
        try {
            amount = Long.parseLong(points.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            message(FacesMessage.SEVERITY_ERROR, "Points must be a whole number such as 25 or -25");
            return;
        }
        String region = stores.storesOf(me.businessId()).stream().findFirst().map(s -> s.phoneRegion()).orElse("NL");
        try {
            Adjustments.Adjusted done = adjustments.adjust(me, phone, region, amount, reason);
            message(FacesMessage.SEVERITY_INFO, (done.firstName() == null ? "Customer" : done.firstName()) + ": "
                    + (done.points() > 0 ? "+" : "") + done.points() + " points, balance " + done.balanceAfter());
            phone = "";
            points = "";
            reason = "";
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public void checkBalances() {
        LedgerAudit.Result result = audit.check(staff.current().businessId());
        if (result.mismatches().isEmpty()) {
            message(FacesMessage.SEVERITY_INFO, "All " + result.customersChecked()
                    + " balances match their ledger entries.");
        } else {
            message(FacesMessage.SEVERITY_ERROR, result.mismatches().size() + " of " + result.customersChecked()
                    + " balances do not match their ledger entries; see the server log.");
        }
    }

    /** Two records of one person: the first is merged into the second. */
    public void merge() {
        StaffUser me = staff.current();
        String region = stores.storesOf(me.businessId()).stream().findFirst().map(s -> s.phoneRegion()).orElse("NL");
        try {
            var done = merges.merge(me, region, mergedPhone, survivorPhone);
            message(FacesMessage.SEVERITY_INFO, "Merged: " + (done.firstName() == null ? "the customer" : done.firstName())
                    + " now has " + done.balanceAfter() + " points.");
            mergedPhone = "";
            survivorPhone = "";
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public String getMergedPhone() {
        return mergedPhone;
    }

    public void setMergedPhone(String value) {
        this.mergedPhone = value == null ? "" : value;
    }

    public String getSurvivorPhone() {
        return survivorPhone;
    }

    public void setSurvivorPhone(String value) {
        this.survivorPhone = value == null ? "" : value;
    }

    @Inject
    private dev.regulars.server.customers.TierRecalculation tierRecalculation;

    /** Runs the nightly tier recalculation now. */
    public void recalculateTiers() {
        int changed = tierRecalculation.run(staff.current().businessId());
        message(FacesMessage.SEVERITY_INFO, changed == 0 ? "Every customer is in the right tier."
                : changed + (changed == 1 ? " customer" : " customers") + " moved to another tier.");
    }

    /** Runs the nightly expiry now. */
    public void expirePoints() {
        dev.regulars.server.ledger.PointExpiryRun.Result result = expiry.run(staff.current().businessId());
        message(FacesMessage.SEVERITY_INFO, result.points() == 0 ? "No points are due to expire."
                : result.points() + " points of " + result.customers()
                + (result.customers() == 1 ? " customer" : " customers") + " expired.");
    }

    /** Runs the hourly job now: inviters whose friend's first purchase stood long enough get their bonus. */
    public void grantReferralBonuses() {
        int granted = referrals.grantDueBonuses();
        message(FacesMessage.SEVERITY_INFO, granted == 0 ? "No inviter bonus is due."
                : granted + (granted == 1 ? " inviter bonus" : " inviter bonuses") + " granted.");
    }

    @Inject
    private dev.regulars.server.ledger.OnlineRedemptions redemptions;

    /** Runs the hourly job now: points held for sales that never arrived go back. */
    public void releaseAbandonedHolds() {
        int released = redemptions.releaseAbandoned(staff.current().businessId());
        message(FacesMessage.SEVERITY_INFO, released == 0 ? "No points are held for a missing sale."
                : released + (released == 1 ? " hold" : " holds") + " of a sale that never arrived given back.");
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points == null ? "" : points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
