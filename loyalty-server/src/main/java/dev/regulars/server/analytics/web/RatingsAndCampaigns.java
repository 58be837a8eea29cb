package dev.regulars.server.analytics.web;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.core.money.Money;
import dev.regulars.server.analytics.CampaignFigures;
import dev.regulars.server.analytics.CampaignUplift;
import dev.regulars.server.analytics.RatingFigures;
import dev.regulars.server.campaigns.web.CampaignsPage;
import dev.regulars.server.platform.web.AdminTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Figures page's ratings (per store, per cashier, per week as a chart) and campaigns (sends, returns, revenue
 * and uplift against the holdout, with a bar chart of the uplift), formatted for what {@link FigureFilters} reads
 * from the page's address.
 */
@Named("programFigures")
@RequestScoped
public class RatingsAndCampaigns {

    @Inject
    private RatingFigures ratings;
    @Inject
    private CampaignFigures campaigns;
    @Inject
    private FigureFilters filters;
    @Inject
    private java.time.Clock clock;

    private List<CampaignUplift> campaignRows;
    private List<RatingRow> storeRows;
    private List<RatingRow> cashierRows;

    /** A store's or a cashier's ratings in the period, formatted. */
    public record RatingRow(String store, String cashier, String ratings, String stars, String low,
                            String calledInTime) {
    }

    /** Per store. */
    public List<RatingRow> getStores() {
        if (storeRows == null) {
            storeRows = format(ratings.stores(filters.getScope(), filters.period(), filters.zone()));
        }
        return storeRows;
    }

    /** Per cashier of the rated sale, by store. */
    public List<RatingRow> getCashiers() {
        if (cashierRows == null) {
            cashierRows = format(ratings.cashiers(filters.getScope(), filters.period(), filters.zone()));
        }
        return cashierRows;
    }

    /** Average stars per week over the last 12 weeks, a line (gaps where nobody rated), an SVG element. */
    public String getWeeksChart() {
        List<RatingFigures.WeekRow> weeks = ratings.weeks(filters.getScope(), filters.today(), filters.zone());
        DateTimeFormatter label = DateTimeFormatter.ofPattern(AdminTexts.get("figures.chart.day"),
                AdminTexts.locale());
        return Charts.lines(AdminTexts.get("figures.ratings.chart"),
                weeks.stream().map(w -> label.format(w.monday())).toList(), AdminTexts.get("figures.ratings.axis"),
                List.of(new Charts.Series(AdminTexts.get("figures.ratings.stars"),
                        weeks.stream().map(w -> (Number) w.averageStars()).toList())), 5);
    }

    /**
     * A campaign's figures, formatted.
     *
     * @param uplift   "+12 pp (+3 to +21)" or "–" without a holdout
     * @param measured "final", "measured 14:05", "measured 14:05; 1 not measured yet" or "not measured yet"
     */
    public record CampaignRow(String name, String occurrences, String sends, String returned, String revenue,
                              String uplift, String measured) {
    }

    /** The campaigns with an occurrence measured in the period, newest first. */
    public List<CampaignRow> getCampaigns() {
        return loadCampaigns().stream().map(c -> {
            Uplift.Difference d = c.uplift();
            return new CampaignRow(c.name(), String.valueOf(c.occurrences()), String.valueOf(c.sends()),
                    String.valueOf(c.returned()), new Money(c.revenueMinor(), filters.currency())
                            .format(AdminTexts.locale()), d == null ? "–" : AdminTexts.get("figures.campaigns.pp",
                            points(d.estimate()), points(d.low()), points(d.high())), measured(c));
        }).toList();
    }

    /** When the campaign's figures were measured: the earliest open measure, and occurrences not measured yet. */
    private String measured(CampaignUplift c) {
        if (c.unmeasured() == c.occurrences()) {
            return AdminTexts.get("campaigns.notMeasured");
        }
        String when = CampaignsPage.measuredText(c.measuredAt() == null ? java.time.Instant.EPOCH : c.measuredAt(),
                c.measuredAt() == null, filters.zone(), clock.instant());
        return c.unmeasured() == 0 ? when : AdminTexts.get("figures.campaigns.someNotYet", when, c.unmeasured());
    }

    /** The uplift of each campaign with a holdout as bars, percentage points; an SVG element, "" when none has one. */
    public String getUpliftChart() {
        List<CampaignUplift> measured = loadCampaigns().stream().filter(c -> c.uplift() != null).toList();
        if (measured.isEmpty()) {
            return "";
        }
        return Charts.bars(AdminTexts.get("figures.campaigns.chart"), measured.stream().map(CampaignUplift::name)
                .toList(), AdminTexts.get("figures.campaigns.axis"), List.of(new Charts.Series(
                AdminTexts.get("figures.campaigns.uplift"), measured.stream()
                .map(c -> (Number) (100 * c.uplift().estimate())).toList())));
    }

    private List<CampaignUplift> loadCampaigns() {
        if (campaignRows == null) {
            campaignRows = campaigns.of(filters.getScope().businessId(), filters.period(), filters.zone());
        }
        return campaignRows;
    }

    private static String points(double share) {
        return String.format(AdminTexts.locale(), "%+.1f", 100 * share);
    }

    private static List<RatingRow> format(List<RatingFigures.Row> rows) {
        return rows.stream().map(r -> new RatingRow(r.storeName(), r.cashierName().isEmpty()
                ? AdminTexts.get("figures.cashier.unknown") : r.cashierName(), String.valueOf(r.ratings()),
                String.format(AdminTexts.locale(), "%.1f ★", r.averageStars()), String.valueOf(r.low()),
                FiguresPage.percent(r.calledInTimeShare()))).toList();
    }
}
