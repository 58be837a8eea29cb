package dev.regulars.server.analytics.web;

import dev.regulars.server.analytics.CashierFigures;
import dev.regulars.server.analytics.OwnerFigures;
import dev.regulars.server.analytics.Period;
import dev.regulars.server.analytics.RatingFigures;
import dev.regulars.server.analytics.RetentionFigures;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.analytics.Scopes;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every table of the owner's figures as CSV (RFC 4180, UTF-8 with a byte order mark so a spreadsheet opens it in
 * the right letters): {@code /admin/figures.csv?table=T&days=7|30&line=ID&store=ID}, T one of days, cashiers,
 * referrals, ratings, rating-cashiers, rating-weeks, campaigns, repeat, cohorts, segments, rfm-grid,
 * segment-moves.
 * Money as decimal amounts of the store's currency with a dot, shares as fractions 0..1, so a spreadsheet can count
 * with them. A table, a filter or a period (other than 7 or 30 days) that is not known is a 400 in words; so is, for a member of staff limited to some
 * stores, a store or line not theirs (an unfiltered table is then of their stores only).
 */
@WebServlet("/admin/figures.csv")
public class FiguresCsvServlet extends HttpServlet {

    /** The tables there are. */
    static final List<String> TABLES = java.util.stream.Stream.concat(java.util.stream.Stream.of("days", "cashiers",
            "referrals", "ratings", "rating-cashiers", "rating-weeks", "campaigns", "repeat", "cohorts"),
            SegmentsCsv.TABLES.stream()).toList();

    @Inject
    private OwnerFigures owner;
    @Inject
    private CashierFigures cashiers;
    @Inject
    private RetentionFigures retention;
    @Inject
    private dev.regulars.server.analytics.ProgramFigures program;
    @Inject
    private RatingFigures ratings;
    @Inject
    private dev.regulars.server.analytics.CampaignFigures campaigns;
    @Inject
    private dev.regulars.server.analytics.SegmentFigures segments;
    @Inject
    private Scopes scopes;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry stores;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String business = staff.current().businessId();
        String table = request.getParameter("table");
        if (table == null || !TABLES.contains(table)) {
            refuse(response, "Ask for table=" + String.join(", ", TABLES) + ".");
            return;
        }
        Scope scope;
        try {
            scope = scopes.of(business, request.getParameter("line"), request.getParameter("store"),
                    staffStores.current());
        } catch (IllegalArgumentException refused) {
            // the page's words say what it shows instead; a CSV shows nothing instead
            refuse(response, dev.regulars.server.platform.web.AdminTexts.get(refused.getMessage())
                    .replaceFirst(";[^;]*$", "."));
            return;
        }
        dev.regulars.server.analytics.PeriodChoice days =
                dev.regulars.server.analytics.PeriodChoice.of(request.getParameter("days"));
        if (days.refused()) {
            refuse(response, "Ask for days=7 or days=30: a period is 7 or 30 days.");
            return;
        }
        if ("campaigns".equals(table) && scope.limited()) {
            refuse(response, dev.regulars.server.platform.web.AdminTexts.get("figures.campaigns.limited"));
            return;
        }
        LocalDate today = clock.instant().atZone(stores.zoneOf(business)).toLocalDate();
        Period period = Period.lastDays(today, days.days());
        int fraction = scopes.stores(business).stream().filter(s -> scope.storeIds().contains(s.id())).findFirst()
                .map(s -> java.util.Currency.getInstance(s.currency()).getDefaultFractionDigits()).orElse(2);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"regulars-" + table + "-" + today + ".csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            switch (table) {
                case "days" -> {
                    csv.printRecord("day", "sales", "revenue", "identified_sales", "enrollments");
                    for (OwnerFigures.DayFigures d : owner.byDay(scope, period)) {
                        csv.printRecord(d.day(), d.sales(), amount(d.revenueMinor(), fraction), d.identifiedSales(),
                                d.enrollments());
                    }
                }
                case "cashiers" -> {
                    csv.printRecord("store", "cashier", "sales", "identified_share", "enrollments",
                            "enrollment_rate", "revenue");
                    for (CashierFigures.Row r : cashiers.of(scope, period)) {
                        csv.printRecord(r.storeName(), r.cashierName(), r.sales(), share(r.identifiedShare()),
                                r.enrollments(), share(r.enrollmentRate()), amount(r.revenueMinor(), fraction));
                    }
                }
                case "referrals" -> {
                    var r = program.referrals(scope, period, stores.zoneOf(business));
                    csv.printRecord("figure", "value");
                    csv.printRecord("codes_shared", r.codesShared());
                    csv.printRecord("links_opened", r.linksOpened());
                    csv.printRecord("friends_joined", r.joined());
                    csv.printRecord("first_purchases", r.firstPurchases());
                    csv.printRecord("bonuses_waiting", r.pending());
                    csv.printRecord("bonuses_granted", r.granted());
                    csv.printRecord("bonuses_cancelled", r.cancelled());
                    csv.printRecord("bonus_points_granted", r.bonusPoints());
                    for (var refusal : r.refused()) {
                        csv.printRecord("refused: " + refusal.reason(), refusal.times());
                    }
                }
                case "ratings" -> ratingRows(csv, false, ratings.stores(scope, period, stores.zoneOf(business)));
                case "rating-cashiers" -> ratingRows(csv, true,
                        ratings.cashiers(scope, period, stores.zoneOf(business)));
                case "rating-weeks" -> {
                    csv.printRecord("week_from", "ratings", "average_stars");
                    for (var w : ratings.weeks(scope, today, stores.zoneOf(business))) {
                        csv.printRecord(w.monday(), w.ratings(), w.averageStars() == null ? ""
                                : String.format(java.util.Locale.ROOT, "%.2f", w.averageStars()));
                    }
                }
                case "campaigns" -> {
                    // campaigns are the whole business's: the store and line filters do not apply
                    csv.printRecord("campaign", "occurrences", "sends", "returned", "revenue", "uplift_return_rate",
                            "uplift_low", "uplift_high", "not_measured", "measured_at");
                    for (var c : campaigns.of(business, period, stores.zoneOf(business))) {
                        var d = c.uplift();
                        csv.printRecord(c.name(), c.occurrences(), c.sends(), c.returned(),
                                amount(c.revenueMinor(), fraction), d == null ? "" : share(d.estimate()),
                                d == null ? "" : share(d.low()), d == null ? "" : share(d.high()), c.unmeasured(),
                                c.isFinal() ? "final" : c.measuredAt() == null ? "" : c.measuredAt().toString());
                    }
                }
                case "repeat" -> {
                    csv.printRecord("first_visit_month", "new_customers", "back_in_30", "back_in_60", "back_in_90");
                    // the months the Coming back page shows, so the file and the page agree
                    YearMonth now = YearMonth.from(today);
                    YearMonth from = now.minusMonths(RetentionPage.MONTHS - 1);
                    for (RetentionFigures.RepeatRow r : retention.repeat(scope, from, now, today)) {
                        csv.printRecord(r.cohort(), r.newCustomers(), r.backIn30(), r.backIn60(), r.backIn90());
                    }
                }
                case "segments", "rfm-grid", "segment-moves" -> SegmentsCsv.print(csv, table, segments, scope, fraction);
                default -> {
                    csv.printRecord("cohort", "months_since_first", "active_customers", "cohort_size", "revenue");
                    YearMonth now = YearMonth.from(today);
                    for (RetentionFigures.Cohort c : retention.cohorts(scope, now.minusMonths(RetentionPage.MONTHS - 1),
                            now, now)) {
                        for (int i = 0; i < c.active().size(); i++) {
                            csv.printRecord(c.month(), i, c.active().get(i), c.size(),
                                    amount(c.revenue().get(i), fraction));
                        }
                    }
                }
            }
        }
    }

    /** The CSV is only read: a POST is a 405 in words with the methods it takes (else Payara's own page). */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, HEAD");
        response.setStatus(405);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("This address only gives CSV files: ask with GET.\n");
    }

    /** Per store, or per store and cashier: the ratings of the period. */
    private static void ratingRows(CSVPrinter csv, boolean cashiers, List<RatingFigures.Row> rows)
            throws IOException {
        if (cashiers) {
            csv.printRecord("store", "cashier", "ratings", "average_stars", "low", "called_back_in_time_share");
        } else {
            csv.printRecord("store", "ratings", "average_stars", "low", "called_back_in_time_share");
        }
        for (var r : rows) {
            String stars = String.format(java.util.Locale.ROOT, "%.2f", r.averageStars());
            if (cashiers) {
                csv.printRecord(r.storeName(), r.cashierName(), r.ratings(), stars, r.low(),
                        share(r.calledInTimeShare()));
            } else {
                csv.printRecord(r.storeName(), r.ratings(), stars, r.low(), share(r.calledInTimeShare()));
            }
        }
    }

    private static String amount(long minor, int fraction) {
        return java.math.BigDecimal.valueOf(minor, fraction).toPlainString();
    }

    private static String share(Double share) {
        return share == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", share);
    }

    private static void refuse(HttpServletResponse response, String words) throws IOException {
        response.setStatus(400);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(words + "\n");
    }
}
