package dev.regulars.server.analytics.web;

import dev.regulars.server.analytics.Period;
import dev.regulars.server.analytics.PeriodChoice;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.analytics.Scopes;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffStores;
import dev.regulars.server.staff.StoreLimit;
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
    @Inject
    private StaffStores staffStores;

    private Scope scope;
    private String error;
    private LocalDate today;
    private Currency currency;
    private int days;
    private java.time.ZoneId zone;
    private StoreLimit limit;

    private void load() {
        if (scope != null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String business = staff.current().businessId();
        PeriodChoice choice = PeriodChoice.of(params.get("days"));
        days = choice.days();
        zone = stores.zoneOf(business);
        today = clock.instant().atZone(zone).toLocalDate();
        limit = limit();
        try {
            scope = scopes.of(business, params.get("line"), params.get("store"), limit);
        } catch (IllegalArgumentException refused) {
            error = AdminTexts.get(refused.getMessage());
            scope = scopes.of(business, null, null, limit);
        }
        if (choice.refused()) {
            String words = AdminTexts.get("analytics.error.badDays", days);
            error = error == null ? words : error + " " + words;
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

    /** The stores the reader may filter on. */
    public List<Scopes.StoreChoice> getStores() {
        StoreLimit mine = limit();
        return scopes.stores(staff.current().businessId()).stream().filter(s -> mine.allows(s.id())).toList();
    }

    /** The lines with at least one store the reader may see. */
    public List<Scopes.LineChoice> getLines() {
        List<Scopes.StoreChoice> mine = getStores();
        return scopes.lines(staff.current().businessId()).stream()
                .filter(l -> mine.stream().anyMatch(s -> l.id().equals(s.lineId()))).toList();
    }

    /** Whether the reader sees only some stores: business-wide figures are then left out. */
    public boolean isLimited() {
        return limit().isLimited();
    }

    /** "These figures are for your stores only: Bakery." */
    public String getLimitedText() {
        return AdminTexts.get("analytics.limited", String.join(", ",
                getStores().stream().map(Scopes.StoreChoice::name).toList()));
    }

    private StoreLimit limit() {
        if (limit == null) {
            limit = staffStores.current();
        }
        return limit;
    }
}
