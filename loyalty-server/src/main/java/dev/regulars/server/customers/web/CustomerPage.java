package dev.regulars.server.customers.web;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.visits.VisitStats;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerProfiles;
import dev.regulars.server.ledger.Ledger;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A customer looked up in the admin by phone, or found by name (a page at a time) and opened: who they are, how
 * they come, their cards, consents and points.
 */
@Named("customerCard")
@RequestScoped
public class CustomerPage {

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

    @Inject
    private dev.regulars.server.customers.CustomerSearch search;
    @Inject
    private dev.regulars.server.customers.CustomerDirectory directory;
    @Inject
    private dev.regulars.server.customers.CustomerContacts contacts;

    private String email = "";
    private String language = "";

    private String phone = "";
    private List<dev.regulars.server.customers.CustomerSearch.Found> matches = List.of();
    private boolean moreMatches;
    private String afterId;
    private String afterName;
    private CustomerProfiles.Profile found;
    private List<HistoryRow> history = List.of();
    private Store store;

    /** A phone opens that customer's card; letters list the customers whose name starts so. */
    public void lookUp() {
        String businessId = staff.current().businessId();
        store = stores.storesOf(businessId).stream().findFirst().orElseThrow();
        if (phone.strip().length() > 100) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "customer.error.typeSomething");
            return;
        }
        if (phone.chars().anyMatch(Character::isLetter) && !phone.strip().toUpperCase(Locale.ROOT).startsWith("RC")) {
            var after = afterId == null ? null
                    : new dev.regulars.server.customers.CustomerSearch.Found(afterId, afterName, null, null, 0);
            List<dev.regulars.server.customers.CustomerSearch.Found> page = search.byName(businessId, phone, after);
            moreMatches = page.size() > dev.regulars.server.customers.CustomerSearch.PAGE;
            matches = moreMatches ? page.subList(0, dev.regulars.server.customers.CustomerSearch.PAGE) : page;
            if (matches.isEmpty()) {
                AdminTexts.say(FacesMessage.SEVERITY_ERROR, "customer.error.noName", phone.strip());
            }
            return;
        }
        try {
            found = profiles.byPhone(businessId, store.phoneRegion(), phone).orElse(null);
        } catch (InvalidPhoneNumberException e) {
            AdminTexts.refuse(e);
            return;
        }
        if (found == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "error.noCustomerWithPhone", phone.strip());
            return;
        }
        email = found.customer().email() == null ? "" : found.customer().email();
        language = found.customer().language() == null ? "" : found.customer().language();
        history = ledger.history(found.customer().id(), HISTORY).stream()
                .map(e -> new HistoryRow(when(e.effectiveAt()), AdminTexts.get("customer.entry." + e.type().name()),
                        (e.points() > 0 ? "+" : "") + e.points(),
                        (e.customerId().equals(found.customer().id()) ? "" : AdminTexts.get("customer.onMerged") + " ")
                                + (e.note() == null ? "" : e.note())))
                .toList();
    }

    /**
     * A search or a customer opened by address (store.xhtml?q=...[&afterId=...&afterName=...], store.xhtml?customer=
     * id): the list's "Open"
     * and "More names" are links, so they work whatever this request knew of the page before.
     */
    @jakarta.annotation.PostConstruct
    void fromAddress() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces == null || faces.isPostback()) {
            return;
        }
        var params = faces.getExternalContext().getRequestParameterMap();
        if (params.get("customer") != null) {
            directory.byId(staff.current().businessId(), params.get("customer")).ifPresent(c -> {
                phone = c.phoneE164();
                lookUp();
            });
        } else if (params.get("q") != null) {
            phone = params.get("q");
            afterId = params.get("afterId");
            afterName = params.get("afterName");
            if (afterId == null || afterName == null) {
                afterId = null;
                afterName = null;
            }
            lookUp();
        }
    }

    /** The last customer listed, where the next page starts after. */
    public dev.regulars.server.customers.CustomerSearch.Found getLastMatch() {
        return matches.get(matches.size() - 1);
    }

    public List<dev.regulars.server.customers.CustomerSearch.Found> getMatches() {
        return matches;
    }

    public boolean isMoreMatches() {
        return moreMatches;
    }

    /** "+31 6 1234 5678" */
    public String shown(String phoneE164) {
        return PhoneNumbers.formatInternational(new PhoneNumber(phoneE164));
    }

    /** Saves the card's e-mail address and language, then shows the card again. */
    public void saveContacts() {
        var params = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String customerId = params.get("customerId");
        try {
            contacts.change(staff.current(), customerId, email, language);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "customer.saved");
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        directory.byId(staff.current().businessId(), customerId == null ? "" : customerId).ifPresent(c -> {
            phone = c.phoneE164();
            lookUp();
        });
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }

    public String getCustomerId() {
        return found == null ? "" : found.customer().id();
    }

    public boolean isFound() {
        return found != null;
    }

    public String getName() {
        Customer c = found.customer();
        String name = ((c.firstName() == null ? "" : c.firstName()) + " "
                + (c.lastName() == null ? "" : c.lastName())).strip();
        return name.isEmpty() ? AdminTexts.get("customer.noName") : name;
    }

    public String getPhoneShown() {
        return PhoneNumbers.formatInternational(new PhoneNumber(found.customer().phoneE164()));
    }

    public String getPoints() {
        Customer c = found.customer();
        return AdminTexts.get("customer.points", String.valueOf(c.pointsBalance()), c.tier() == null ? "—" : c.tier());
    }

    public String getReferral() {
        Customer c = found.customer();
        String code = AdminTexts.get("customer.code", c.referralCode() == null ? "—" : c.referralCode());
        return code + (found.invitedBy() == null ? "" : " · " + AdminTexts.get("customer.invitedBy",
                found.invitedBy().firstName() == null ? AdminTexts.get("customer.aCustomer")
                        : found.invitedBy().firstName()));
    }

    /** "12 visits · average check €4.10 · usually every 6 days · first 2 Mar 2026 · last 20 Nov 2026". */
    public String getVisits() {
        VisitStats stats = found.customer().visitStats();
        if (stats.visits() == 0) {
            return AdminTexts.get("customer.noVisits");
        }
        String usual = stats.usualInterval().map(CustomerPage::interval)
                .map(i -> " · " + AdminTexts.get("customer.usually", i)).orElse("");
        return AdminTexts.get("customer.visits", stats.visits(),
                new Money(stats.averageCheckMinor(), Currency.getInstance(store.currency())).format(dev.regulars.server.platform.web.AdminTexts.locale()))
                + usual + " · " + AdminTexts.get("customer.firstLast", when(stats.firstVisit()),
                when(stats.lastVisit()));
    }

    public String getCards() {
        return found.cards().isEmpty() ? AdminTexts.get("customer.noCards") : String.join(", ", found.cards().stream()
                .map(c -> c.number() + " (" + AdminTexts.get("customer.card." + c.kind()) + ")").toList());
    }

    public String getConsents() {
        if (found.consents().isEmpty()) {
            return AdminTexts.get("customer.noConsent");
        }
        return String.join(" · ", found.consents().stream().map(c -> AdminTexts.get("campaign.consent."
                + c.channel()) + " "
                + AdminTexts.get(c.granted() ? "customer.yes" : "customer.no")
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
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", AdminTexts.locale())
                .format(at.atZone(ZoneId.of(store.zoneId())));
    }

    private static String interval(Duration d) {
        long hours = d.toHours();
        if (hours < 1) {
            return AdminTexts.get("customer.minutes", Math.max(1, d.toMinutes()));
        }
        return hours < 48 ? AdminTexts.get("customer.hours", hours)
                : AdminTexts.get("customer.days", Math.round(hours / 24.0));
    }
}
