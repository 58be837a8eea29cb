package dev.regulars.server.ledger.web;

import dev.regulars.server.ledger.Adjustments;
import dev.regulars.server.ledger.LedgerAudit;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "points.error.number");
            return;
        }
        String region = stores.storesOf(me.businessId()).stream().findFirst().map(s -> s.phoneRegion()).orElse("NL");
        try {
            Adjustments.Adjusted done = adjustments.adjust(me, phone, region, amount, reason);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "points.adjusted",
                    done.firstName() == null ? AdminTexts.get("points.customer") : done.firstName(),
                    (done.points() > 0 ? "+" : "") + done.points(), String.valueOf(done.balanceAfter()));
            phone = "";
            points = "";
            reason = "";
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
    }

    public void checkBalances() {
        if (!businessWideAllowed()) {
            return;
        }
        LedgerAudit.Result result = audit.check(staff.current().businessId());
        if (result.mismatches().isEmpty()) {
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "points.balancesMatch", result.customersChecked());
        } else {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "points.balancesDiffer", result.mismatches().size(),
                    result.customersChecked());
        }
    }

    /** Two records of one person: the first is merged into the second. */
    public void merge() {
        StaffUser me = staff.current();
        String region = stores.storesOf(me.businessId()).stream().findFirst().map(s -> s.phoneRegion()).orElse("NL");
        try {
            var done = merges.merge(me, region, mergedPhone, survivorPhone);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "points.merged",
                    done.firstName() == null ? AdminTexts.get("points.theCustomer") : done.firstName(),
                    done.balanceAfter());
            mergedPhone = "";
            survivorPhone = "";
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
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
        if (!businessWideAllowed()) {
            return;
        }
        int changed = tierRecalculation.run(staff.current().businessId());
        AdminTexts.say(FacesMessage.SEVERITY_INFO, changed == 0 ? "points.tiersRight" : "points.tiersMoved", changed);
    }

    /** Runs the nightly expiry now. */
    public void expirePoints() {
        if (!businessWideAllowed()) {
            return;
        }
        dev.regulars.server.ledger.PointExpiryRun.Result result = expiry.run(staff.current().businessId());
        AdminTexts.say(FacesMessage.SEVERITY_INFO, result.points() == 0 ? "points.noneExpire" : "points.expired",
                result.points(), result.customers());
    }

    /** Runs the hourly job now: inviters whose friend's first purchase stood long enough get their bonus. */
    public void grantReferralBonuses() {
        if (!businessWideAllowed()) {
            return;
        }
        int granted = referrals.grantDueBonuses();
        AdminTexts.say(FacesMessage.SEVERITY_INFO, granted == 0 ? "points.noBonus" : "points.bonuses", granted);
    }

    @Inject
    private dev.regulars.server.ledger.OnlineRedemptions redemptions;

    /** Runs the hourly job now: points held for sales that never arrived go back. */
    public void releaseAbandonedHolds() {
        if (!businessWideAllowed()) {
            return;
        }
        int released = redemptions.releaseAbandoned(staff.current().businessId());
        AdminTexts.say(FacesMessage.SEVERITY_INFO, released == 0 ? "points.noHolds" : "points.holdsReleased", released);
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

    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    /**
     * The program's upkeep (balances, tiers, expiry, referral bonuses, holds) runs for the whole business: not for a
     * member of staff limited to some stores, who is told so.
     */
    private boolean businessWideAllowed() {
        if (staffStores.current().isLimited()) {
            dev.regulars.server.platform.web.AdminTexts.say(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    "staff.error.businessWide");
            return false;
        }
        return true;
    }
}
