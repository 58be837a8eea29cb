package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The editor's live audience against an independent reading of the same customers: for each segment criterion the
 * count the marketer sees equals the customers that satisfy it by plain Java over their rows (RFM classes by
 * loyalty-core's {@link RfmClass}, the same rule the SQL is built from). Phones +31 6 4930 00xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class SegmentsIT {

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    /** A customer row as the segments read it. */
    record Row(String id, int visits, Instant first, Instant last, long spend, String tier, Integer month,
               List<int[]> ratings) {
    }

    @Test
    void everyCriterionCountsWhatTheCustomersRowsSay() throws Exception {
        // visits, first and last visit (days ago), spend, tier, birthday month; then their ratings
        Object[][] customers = {
                {12, 300, 3, 6_000, "Gold", 3}, // champion
                {6, 200, 20, 1_800, "Silver", 3}, // loyal
                {2, 10, 5, 700, "Bronze", 7}, // new
                {7, 400, 90, 4_200, "Silver", null}, // at risk
                {3, 500, 200, 900, "Bronze", 12}, // hibernating
                {3, 100, 60, 1_500, "Bronze", 7}, // occasional
                {0, null, null, 0, "Bronze", 3}, // no visit
                // each class's least: exactly its visits, just inside its days
                {10, 100, 13, 2_000, "Silver", 5}, // champion
                {5, 100, 44, 1_000, "Bronze", 5}, // loyal
                {1, 29, 29, 400, "Bronze", 5}, // new
                {5, 300, 179, 1_000, "Bronze", null}, // at risk
                {1, 300, 181, 400, "Bronze", null}, // hibernating
                {1, 100, 50, 450, "Bronze", null}, // occasional
        };
        List<String> ids = new ArrayList<>();
        try (Journal journal = Journal.open(dir.resolve("segments.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Seg till");
            for (int i = 0; i < customers.length; i++) {
                ids.add(enroll(till.context(), "06 4930 00" + String.format("%02d", i + 1), "Seg" + (i + 1)));
            }
            till.sync().syncOnce();
        }
        for (int i = 0; i < customers.length; i++) {
            Object[] c = customers[i];
            ServerFixture.update("UPDATE customer SET visits = " + c[0] + ", first_visit_at = "
                    + (c[1] == null ? "NULL" : "NOW(6) - INTERVAL " + c[1] + " DAY") + ", last_visit_at = "
                    + (c[2] == null ? "NULL" : "NOW(6) - INTERVAL " + c[2] + " DAY") + ", total_spend_minor = " + c[3]
                    + ", tier = '" + c[4] + "', birthday_month = " + c[5] + ", birthday_day = "
                    + (c[5] == null ? "NULL" : "1") + " WHERE id = (SELECT id FROM (SELECT id FROM customer WHERE"
                    + " phone_e164 = '" + ids.get(i) + "') x)");
        }
        rate(ids.get(0), 2, 10);
        rate(ids.get(0), 5, 11);
        rate(ids.get(1), 5, 3);
        rate(ids.get(2), 1, 100); // too long ago to count
        rate(ids.get(2), 4, 1);

        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, DemoBusinessSeed.MARKETER_EMAIL, DemoBusinessSeed.OWNER_PASSWORD);
            browser.get(server + "admin/campaign.xhtml?kind=BROADCAST");
            CampaignEditorPage editor = new CampaignEditorPage(browser);
            Instant now = Instant.now();
            List<Row> rows = rows();
            assertThat(editor.audience()).as("everyone").isEqualTo(rows.size());

            for (RfmClass rfm : RfmClass.values()) {
                editor.choose("rfm", rfm.name());
                assertThat(editor.audience()).as(rfm.name())
                        .isEqualTo(count(rows, r -> RfmClass.of(r.first(), r.last(), r.visits(), now) == rfm));
            }
            editor.choose("rfm", "");
            check(editor, rows, "minVisits", "6", r -> r.visits() >= 6);
            check(editor, rows, "maxVisits", "6", r -> r.visits() >= 6 && r.visits() <= 6);
            editor.type("minVisits", "");
            editor.type("maxVisits", "");
            check(editor, rows, "minAverageCheck", "4.00", r -> r.visits() > 0 && r.spend() >= 400L * r.visits());
            editor.type("minAverageCheck", "");
            check(editor, rows, "minSpend", "15", r -> r.spend() >= 1_500);
            check(editor, rows, "maxSpend", "42.00", r -> r.spend() >= 1_500 && r.spend() <= 4_200);
            editor.type("minSpend", "");
            editor.type("maxSpend", "");
            check(editor, rows, "notVisitedForDays", "45", r -> r.last() != null && r.last().isBefore(daysAgo(now, 45)));
            editor.type("notVisitedForDays", "");
            check(editor, rows, "visitedWithinDays", "21", r -> r.last() != null && !r.last().isBefore(daysAgo(now, 21)));
            editor.type("visitedWithinDays", "");
            editor.choose("tier", "Silver");
            assertThat(editor.audience()).isEqualTo(count(rows, r -> "Silver".equals(r.tier())));
            editor.choose("tier", "");
            editor.choose("birthdayMonth", "3");
            assertThat(editor.audience()).isEqualTo(count(rows, r -> Integer.valueOf(3).equals(r.month())));
            editor.choose("birthdayMonth", "");
            Instant since = daysAgo(now, 90);
            Predicate<int[]> recent = rating -> Instant.ofEpochSecond(rating[1]).isAfter(since);
            editor.choose("rating", "LOW");
            assertThat(editor.audience()).isEqualTo(count(rows,
                    r -> r.ratings().stream().anyMatch(x -> recent.test(x) && x[0] <= 3)));
            editor.choose("rating", "HIGH_ONLY");
            assertThat(editor.audience()).isEqualTo(count(rows, r -> r.ratings().stream().anyMatch(recent)
                    && r.ratings().stream().noneMatch(x -> recent.test(x) && x[0] <= 3)));
            editor.choose("rating", "NONE");
            assertThat(editor.audience()).isEqualTo(count(rows, r -> r.ratings().stream().noneMatch(recent)));
            // and criteria together
            editor.choose("rating", "");
            editor.choose("tier", "Silver");
            editor.choose("rfm", "AT_RISK");
            assertThat(editor.audience()).isEqualTo(count(rows, r -> "Silver".equals(r.tier())
                    && RfmClass.of(r.first(), r.last(), r.visits(), now) == RfmClass.AT_RISK)).isPositive();
            // a criterion that makes no sense is said next to its field, and nothing is counted
            editor.type("minVisits", "-1");
            assertThat(editor.text("campaign:minVisits-error")).isEqualTo("Visits from: a whole number from 0 to 100000");
            editor.type("maxSpend", "12.345");
            assertThat(editor.text("campaign:maxSpend-error")).isEqualTo("Spent up to: an amount in EUR such as 4.50");
        } finally {
            browser.quit();
        }
    }

    private static void check(CampaignEditorPage editor, List<Row> rows, String field, String value,
                              Predicate<Row> rule) {
        editor.type(field, value);
        assertThat(editor.audience()).as(field + " " + value).isEqualTo(count(rows, rule));
    }

    private static long count(List<Row> rows, Predicate<Row> rule) {
        return rows.stream().filter(rule).count();
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static void rate(String phone, int stars, int daysAgo) throws SQLException {
        ServerFixture.update("INSERT INTO rating (sale_id, stars, language, created_at, updated_at, business_id,"
                + " store_id, customer_id, attached_at) SELECT UUID(), " + stars + ", 'en', NOW(6) - INTERVAL "
                + daysAgo + " DAY, NOW(6) - INTERVAL " + daysAgo + " DAY, c.business_id, (SELECT id FROM store ORDER BY created_at, id LIMIT"
                + " 1), c.id, NOW(6) FROM customer c WHERE c.phone_e164 = '" + phone + "'");
    }

    /** Every customer of the business that is a record of its own, with its ratings. */
    private static List<Row> rows() throws SQLException {
        Map<String, List<int[]>> ratings = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT customer_id, stars, updated_at FROM rating"
                    + " WHERE customer_id IS NOT NULL")) {
                while (rs.next()) {
                    ratings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new int[] {rs.getInt(2),
                            (int) instant(rs, 3).getEpochSecond()});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, visits, first_visit_at, last_visit_at, total_spend_minor,"
                    + " tier, birthday_month FROM customer WHERE merged_into IS NULL")) {
                while (rs.next()) {
                    Integer month = rs.getObject(7) == null ? null : rs.getInt(7);
                    rows.add(new Row(rs.getString(1), rs.getInt(2), instant(rs, 3), instant(rs, 4), rs.getLong(5),
                            rs.getString(6), month, ratings.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static String enroll(TillContext till, String phone, String name) {
        var number = till.customerLookup().normalize(phone);
        till.checkout().payCash(TillSales.lines(till.journal(), "LATTE"), new CustomerAtTill.Enrolling(number,
                till.customerLookup().hashOf(number), name, true, null), 0, 1_000);
        return number.e164();
    }
}
