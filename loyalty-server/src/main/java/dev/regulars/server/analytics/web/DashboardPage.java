package dev.regulars.server.analytics.web;

import dev.regulars.server.analytics.Today;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The admin's dashboard: today so far, in the business's zone and currency; for a member of staff limited to some
 * stores, of those stores only (Today.ofStores).
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    @Inject
    private Today today;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;
    private Today.Figures figures;
    private Currency currency;

    public Today.Figures getFigures() {
        if (figures == null) {
            String businessId = staff.current().businessId();
            ZoneId zone = stores.zoneOf(businessId);
            Instant now = clock.instant();
            Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            var limit = staffStores.current();
            List<String> mine = limit.within(stores.storesOf(businessId).stream()
                    .map(dev.regulars.server.stores.Store::id).toList());
            figures = limit.isLimited() ? today.ofStores(businessId, mine, midnight, now)
                    : today.of(businessId, midnight, now);
            currency = stores.storesOf(businessId).stream().filter(s -> mine.contains(s.id())).findFirst()
                    .map(s -> Currency.getInstance(s.currency())).orElse(Currency.getInstance("EUR"));
        }
        return figures;
    }

    /** "€1,234.50" for English, "1 234,50 €" for Russian */
    public String getRevenue() {
        return new dev.regulars.core.money.Money(getFigures().revenueMinor(), currency)
                .format(dev.regulars.server.platform.web.AdminTexts.locale());
    }

    /** "4.2 ★" or "none yet" */
    public String getStars() {
        return getFigures().ratings() == 0 ? dev.regulars.server.platform.web.AdminTexts.get("home.noStars")
                : String.format(dev.regulars.server.platform.web.AdminTexts.locale(), "%.1f ★",
                        getFigures().averageStars());
    }
}
