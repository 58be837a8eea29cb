package dev.regulars.server.campaigns.web;

import dev.regulars.server.platform.web.AdminTexts;
import jakarta.faces.application.FacesMessage;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.campaigns.Campaign;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.CampaignMessage;
import dev.regulars.server.campaigns.CampaignSettings;
import dev.regulars.server.campaigns.Campaigns;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The campaign editor (campaign.xhtml?id=..., ?kind=WINBACK, or ?rfm=CHAMPION&store=ID from the Segments page): its
 * form, the live audience of the next occurrence, the preview for a real customer, a test send to the marketer, save
 * as a draft and schedule.
 */
@Named("editor")
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Campaigns campaigns;
    @Inject
    private StaffDirectory staffDirectory;
    @Inject
    private TerminalRegistry registry;
    @Inject
    private ProgramVersions programs;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Clock clock;

    private BusinessFacts facts;
    private String campaignId;
    /** Why there is no campaign to edit (an unknown id or kind in the address); null when there is one. */
    private String missing;
    private String status = "new";
    private CampaignForm form;
    private String audience = "";
    private String previewPhone = "";
    private Preview preview;

    /** The message as one customer would get it. */
    public record Preview(String customer, String language, String subject, String body) implements Serializable {
    }

    @PostConstruct
    void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.get("id");
        StaffUser me = staffDirectory.current();
        facts = BusinessFacts.of(me.businessId(), registry, programs);
        if (id != null) {
            Campaign campaign = campaigns.find(me.businessId(), id).orElse(null);
            if (campaign == null) {
                missing = AdminTexts.get("campaign.missing");
                form = CampaignForm.blank(CampaignKind.BROADCAST);
                return;
            }
            campaignId = campaign.id();
            status = campaign.status().name();
            form = CampaignForm.of(campaign.settings(), facts.currency());
        } else {
            String kind = params.getOrDefault("kind", "BROADCAST").strip().toUpperCase(Locale.ROOT);
            try {
                form = CampaignForm.blank(CampaignKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                missing = AdminTexts.get("campaign.missingKind", params.get("kind"));
                form = CampaignForm.blank(CampaignKind.BROADCAST);
                return;
            }
            if (!preset(params.get("rfm"), params.get("store"))) {
                return;
            }
        }
        recount();
    }

    /**
     * A new campaign for an RFM segment, as the Segments page opens it ({@code ?rfm=CHAMPION&store=ID}): the class
     * (and the store of the latest visit) as its audience criteria, so its audience is the segment counted there.
     *
     * @return false when the class is not one there is (said in {@link #getMissing()})
     */
    private boolean preset(String rfm, String store) {
        if (rfm != null && !rfm.isBlank()) {
            String wanted = rfm.strip().toUpperCase(Locale.ROOT);
            if (java.util.Arrays.stream(dev.regulars.core.campaigns.RfmClass.values())
                    .noneMatch(c -> c.name().equals(wanted))) {
                missing = AdminTexts.get("campaign.missingRfm", rfm);
                return false;
            }
            form.getValues().put("rfm", wanted);
        }
        if (store != null && !store.isBlank()) {
            form.getValues().put("storeId", store.strip());
        }
        return true;
    }

    /** Counts the next occurrence's audience as the form stands (called as each field changes). */
    public void recount() {
        CampaignSettings settings = form.parseAudience(facts.currency(), today(), facts.tiers(), facts.storeIds());
        if (settings == null) {
            audience = AdminTexts.get("campaign.countAfter", form.getErrors().values().stream().findFirst()
                    .orElse(AdminTexts.get("campaign.fixMarked")));
            return;
        }
        long n = campaigns.audienceSize(facts.businessId(), campaignId, settings);
        LocalDate occurrence = campaigns.nextOccurrence(facts.businessId(), settings);
        audience = AdminTexts.get("campaign.audience", n, occurrence.toString())
                + (settings.holdoutBp() > 0 && n > 0 ? AdminTexts.get("campaign.audienceHoldout",
                java.math.BigDecimal.valueOf(settings.holdoutBp(), 2).stripTrailingZeros().toPlainString(),
                Math.max(1, Math.round(n * settings.holdoutBp() / 10_000.0))) : "");
    }

    /** Shows the message for the customer with the phone typed, or for one of the audience. */
    public void preview() {
        CampaignSettings settings = checked();
        if (settings == null) {
            return;
        }
        Customer customer;
        if (previewPhone != null && !previewPhone.isBlank()) {
            try {
                String e164 = PhoneNumbers.normalize(previewPhone, facts.phoneRegion()).e164();
                customer = customers.findByPhone(facts.businessId(), e164).orElse(null);
            } catch (InvalidPhoneNumberException e) {
                form.getErrors().put("previewPhone", AdminTexts.of(e));
                return;
            }
            if (customer == null) {
                form.getErrors().put("previewPhone", AdminTexts.get("error.noCustomerWithPhone", previewPhone.strip()));
                return;
            }
        } else {
            customer = campaigns.oneOfAudience(facts.businessId(), campaignId, settings).orElse(null);
            if (customer == null) {
                form.getErrors().put("previewPhone", AdminTexts.get("campaign.nobody"));
                return;
            }
        }
        CampaignMessage message = campaigns.preview(customer, settings);
        preview = new Preview((customer.firstName() == null ? AdminTexts.get("campaign.noFirstName")
                : customer.firstName()) + ", "
                + masked(customer.phoneE164()), message.language(), message.subject(), message.body());
    }

    /** Sends the previewed message to the marketer's own e-mail address. */
    public void testSend() {
        preview();
        if (preview == null || !form.getErrors().isEmpty()) {
            return;
        }
        StaffUser me = staffDirectory.current();
        campaigns.testSend(me, new CampaignMessage(preview.language(), preview.subject(), preview.body()));
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "campaign.testSent", me.email());
    }

    /** Saves the campaign as it is (a new one is a draft) and opens it by its address, so a reload sends nothing. */
    public void save() throws IOException {
        if (store(checked())) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put("notice", AdminTexts.get("campaign.saved"));
            external.redirect(external.getRequestContextPath() + "/admin/campaign.xhtml?id=" + campaignId);
        }
    }

    /** Saves and schedules: from now on its occurrences run at their time. */
    public void schedule() throws IOException {
        CampaignSettings settings = checked();
        if (!store(settings)) {
            return;
        }
        try {
            campaigns.move(staffDirectory.current(), campaignId, Campaign.Status.ACTIVE);
        } catch (IllegalStateException | IllegalArgumentException e) {
            AdminTexts.refuse(e);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("notice", AdminTexts.get("campaign.scheduled", settings.name()));
        external.redirect(external.getRequestContextPath() + "/admin/campaigns.xhtml");
    }

    private boolean store(CampaignSettings settings) {
        if (settings == null) {
            return false;
        }
        StaffUser me = staffDirectory.current();
        try {
            if (campaignId == null) {
                campaignId = campaigns.create(me, settings);
                status = Campaign.Status.DRAFT.name();
            } else {
                campaigns.change(me, campaignId, settings);
            }
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            AdminTexts.refuse(e);
            return false;
        }
    }

    private CampaignSettings checked() {
        CampaignSettings settings = form.parse(facts.currency(), today(), facts.tiers(), facts.storeIds());
        if (settings == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "campaign.fixFields");
        }
        return settings;
    }

    private LocalDate today() {
        return clock.instant().atZone(facts.zone()).toLocalDate();
    }

    private static String masked(String e164) {
        return e164.length() <= 4 ? e164 : "*".repeat(e164.length() - 4) + e164.substring(e164.length() - 4);
    }

    public CampaignForm getForm() {
        return form;
    }

    public String getAudience() {
        return audience;
    }

    public Preview getPreview() {
        return preview;
    }

    public String getPreviewPhone() {
        return previewPhone;
    }

    public void setPreviewPhone(String previewPhone) {
        this.previewPhone = previewPhone;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public String getStatus() {
        return status;
    }

    public String getMissing() {
        return missing;
    }

    /** An ended campaign is shown for reference; it is not changed any more. */
    public boolean isEditable() {
        return missing == null && !Campaign.Status.ENDED.name().equals(status);
    }

    /** "draft", "scheduled", "paused", "ended" or "new". */
    public String getStatusText() {
        return CampaignsPage.statusText(status);
    }

    public boolean isBirthday() {
        return CampaignKind.BIRTHDAY.name().equals(form.getValues().get("kind"));
    }

    public boolean isWinback() {
        return CampaignKind.WINBACK.name().equals(form.getValues().get("kind"));
    }

    public List<CampaignChoices.Choice> getTierChoices() {
        return facts.tiers().stream().map(t -> new CampaignChoices.Choice(t, t)).toList();
    }

    public List<CampaignChoices.Choice> getStoreChoices() {
        return facts.stores();
    }
}
