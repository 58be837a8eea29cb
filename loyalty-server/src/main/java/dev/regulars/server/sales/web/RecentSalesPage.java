package dev.regulars.server.sales.web;

import dev.regulars.core.money.Money;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.sales.RecentSale;
import dev.regulars.server.sales.SalesReport;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The latest sales of the business (of a limited reader's stores only), as the admin's store page lists them. */
@Named("recentSales")
@RequestScoped
public class RecentSalesPage {


    @Inject
    private SalesReport report;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;
    private List<Row> rows;

    /** One sale, formatted for the page. */
    public record Row(String when, String store, String till, String customer, String paid, String points,
                      String flags) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = report.recent(staff.current().businessId(), staffStores.current(), 20).stream().map(RecentSalesPage::row).toList();
        }
        return rows;
    }

    /** One item of the manager's queue, formatted. */
    public record AttentionRow(String when, String where, String customer, String what) {
    }

    private List<AttentionRow> attention;

    public List<AttentionRow> getAttention() {
        if (attention == null) {
            attention = report.needingAttention(staff.current().businessId(), staffStores.current(), 50).stream()
                    .map(a -> new AttentionRow(when().format(a.at().atZone(ZoneId.of(a.zoneId()))),
                            a.storeName() + " · " + a.tillName(),
                            a.customerFirstName() == null ? "—" : a.customerFirstName(),
                            String.join("; ", a.what().stream().map(RecentSalesPage::words).toList())))
                    .toList();
        }
        return attention;
    }

    /** Money in the reader's locale, the rest as MessageFormat formats it. */
    private static String words(SalesReport.Words words) {
        Object[] args = words.args().stream().map(a -> a instanceof dev.regulars.core.money.Money m
                ? m.format(AdminTexts.locale()) : a).toArray();
        return AdminTexts.get(words.key(), args);
    }

    private static DateTimeFormatter when() {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", AdminTexts.locale());
    }

    private static Row row(RecentSale s) {
        String points = s.pointsRedeemed() == 0 && s.pointsEarned() == 0 ? ""
                : (s.pointsRedeemed() > 0 ? "−" + s.pointsRedeemed() + " " : "") + "+" + s.pointsEarned();
        String flags = (s.figuresDiffer() ? AdminTexts.get("store.flag.figuresDiffer") + " " : "")
                + (s.overdraft() ? AdminTexts.get("store.flag.overdraft") : "");
        return new Row(when().format(s.rungUpAt().atZone(ZoneId.of(s.zoneId()))), s.storeName(), s.tillName(),
                s.customerFirstName() == null ? "—" : s.customerFirstName(),
                Money.of(s.dueMinor(), s.currency()).format(dev.regulars.server.platform.web.AdminTexts.locale()), points, flags.strip());
    }
}
