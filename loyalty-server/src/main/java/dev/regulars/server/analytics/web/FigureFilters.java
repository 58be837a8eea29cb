package dev.regulars.server.analytics.web;

import dev.regulars.server.analytics.Period;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.analytics.Scopes;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What a figure page is asked for, read once a request from its address ({@code ?days=7|30&line=ID&store=ID}):
 * the scope, the period ending today (in the business's zone), the stores' currency. A line or store that is not
 * the business's is said in words ({@link #getError()}) and the whole business is shown.
 */
@Named("figureFilters")
@RequestScoped
public class FigureFilters {

    @Inject
    private Scopes scopes;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private Clock clock;

    private Scope scope;
    private String error;
    private LocalDate today;
    private Currency currency;
    private int days;
    private java.time.ZoneId zone;

    private void load() {
        if (scope != null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String business = staff.current().businessId();
        days = "30".equals(params.get("days")) ? 30 : 7;
        zone = stores.zoneOf(business);
        today = clock.instant().atZone(zone).toLocalDate();
        try {
            scope = scopes.of(business, params.get("line"), params.get("store"));
        } catch (IllegalArgumentException refused) {
            error = AdminTexts.get(refused.getMessage());
            scope = scopes.of(business, null, null);
        }
        currency = scopes.stores(business).stream().filter(s -> scope.storeIds().contains(s.id())).findFirst()
                .map(s -> Currency.getInstance(s.currency())).orElse(Currency.getInstance("EUR"));
    }

    public Scope getScope() {
        load();
        return scope;
    }

    /** Words for a filter that was refused, or null. */
    public String getError() {
        load();
        return error;
    }

    public LocalDate today() {
        load();
        return today;
    }

    /** The business's zone, in which a period's days are counted. */
    public java.time.ZoneId zone() {
        load();
        return zone;
    }

    public Currency currency() {
        load();
        return currency;
    }

    /** 7 or 30. */
    public int getDays() {
        load();
        return days;
    }

    /** The {@link #getDays()} days up to today. */
    public Period period() {
        load();
        return Period.lastDays(today, days);
    }

    public List<Scopes.StoreChoice> getStores() {
        return scopes.stores(staff.current().businessId());
    }

    public List<Scopes.LineChoice> getLines() {
        return scopes.lines(staff.current().businessId());
    }
}
