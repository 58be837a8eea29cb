package dev.regulars.server.customers.web;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.visits.VisitStats;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerProfiles;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** A customer looked up by phone in the admin: who they are, how they come, their cards, consents and points. */
@Named("customerCard")
@RequestScoped
public class CustomerPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final int HISTORY = 50;

    /** One ledger entry as the history lists it. */
    public record HistoryRow(String when, String type, String points, String note) {
    }

    @Inject
    private CustomerProfiles profiles;
    @Inject
    private Ledger ledger;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry stores;

    private String phone = "";
    private CustomerProfiles.Profile found;
    private List<HistoryRow> history = List.of();
    private Store store;

    public void lookUp() {
        String businessId = staff.current().businessId();
        store = stores.storesOf(businessId).stream().findFirst().orElseThrow();
        try {
            found = profiles.byPhone(businessId, store.phoneRegion(), phone).orElse(null);
        } catch (InvalidPhoneNumberException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return;
        }
        if (found == null) {
            message(FacesMessage.SEVERITY_ERROR, "No customer has the phone " + phone.strip());
            return;
        }
        history = ledger.history(found.customer().id(), HISTORY).stream()
                .map(e -> new HistoryRow(when(e.effectiveAt()), e.type().name(),
                        (e.points() > 0 ? "+" : "") + e.points(),
                        (e.customerId().equals(found.customer().id()) ? "" : "(on the merged record) ")
                                + (e.note() == null ? "" : e.note())))
                .toList();
    }

    public boolean isFound() {
        return found != null;
    }

    public String getName() {
        Customer c = found.customer();
        String name = ((c.firstName() == null ? "" : c.firstName()) + " "
                + (c.lastName() == null ? "" : c.lastName())).strip();
        return name.isEmpty() ? "(no name given)" : name;
    }

    public String getPhoneShown() {
        return PhoneNumbers.formatInternational(new PhoneNumber(found.customer().phoneE164()));
    }

    public String getPoints() {
        Customer c = found.customer();
        return c.pointsBalance() + " points · tier " + (c.tier() == null ? "—" : c.tier());
    }

    public String getReferral() {
        Customer c = found.customer();
        return "code " + (c.referralCode() == null ? "—" : c.referralCode()) + (found.invitedBy() == null ? ""
                : " · invited by " + (found.invitedBy().firstName() == null ? "a customer"
                : found.invitedBy().firstName()));
    }

    /** "12 visits · average check €4.10 · usually every 6 days · first 2 Mar 2026 · last 20 Nov 2026". */
    public String getVisits() {
        VisitStats stats = found.customer().visitStats();
        if (stats.visits() == 0) {
            return "no visits yet";
        }
        String usual = stats.usualInterval().map(CustomerPage::interval).map(i -> " · usually every " + i).orElse("");
        return stats.visits() + (stats.visits() == 1 ? " visit" : " visits") + " · average check "
                + new Money(stats.averageCheckMinor(), Currency.getInstance(store.currency())).format(Locale.ENGLISH)
                + usual + " · first " + when(stats.firstVisit()) + " · last " + when(stats.lastVisit());
    }

    public String getCards() {
        return found.cards().isEmpty() ? "no cards" : String.join(", ", found.cards().stream()
                .map(c -> c.number() + " (" + c.kind().toLowerCase(Locale.ROOT) + ")").toList());
    }

    public String getConsents() {
        if (found.consents().isEmpty()) {
            return "no answer recorded";
        }
        return String.join(" · ", found.consents().stream().map(c -> c.channel() + " " + (c.granted() ? "yes" : "no")
                + " (" + when(c.changedAt()) + ", " + c.source() + ")").toList());
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.of(store.zoneId())));
    }

    private static String interval(Duration d) {
        long hours = d.toHours();
        if (hours < 1) {
            return Math.max(1, d.toMinutes()) + " minutes";
        }
        return hours < 48 ? hours + (hours == 1 ? " hour" : " hours") : Math.round(hours / 24.0) + " days";
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
