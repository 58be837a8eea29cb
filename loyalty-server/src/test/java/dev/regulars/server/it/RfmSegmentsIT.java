package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.server.analytics.SegmentSnapshot;
import dev.regulars.server.campaigns.AudienceQuery;
import dev.regulars.server.campaigns.AudienceRule;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.Segment;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * RFM segments. On a database of its own, a hand-made business of two stores whose customers' classes, quintile
 * scores and moves are worked out below by hand: a snapshot at the end of February and one on 15 March, the job's
 * decisions when to take them again, and every class's size against the campaign criterion's count. On the shared
 * server in a real Chromium: the Segments page, its CSV tables, and "Make a campaign for them", whose editor counts
 * exactly the segment's size. Screenshots under loyalty-server/target/segments-*.png.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class RfmSegmentsIT {

    private static final String BUSINESS = UUID.randomUUID().toString();
    private static final String S1 = "00000000-0000-0000-0000-0000000005a1";
    private static final String S2 = "00000000-0000-0000-0000-0000000005a2";
    private static final String A = "00000000-0000-0000-0000-00000000aa01";
    private static final String B = "00000000-0000-0000-0000-00000000aa02";
    private static final String C = "00000000-0000-0000-0000-00000000aa03";
    private static final String D = "00000000-0000-0000-0000-00000000aa04";
    private static final String E = "00000000-0000-0000-0000-00000000aa05";
    private static final String F = "00000000-0000-0000-0000-00000000aa06";
    private static final String G = "00000000-0000-0000-0000-00000000aa07";
    private static final String H = "00000000-0000-0000-0000-00000000aa08";
    /** Just after the end of February (UTC), and mid-March. */
    private static final Instant END_OF_FEBRUARY = Instant.parse("2026-03-01T00:30:00Z");
    private static final Instant MID_MARCH = Instant.parse("2026-03-15T12:00:00Z");

    private static OwnDatabase own;
    private static String url;

    @BeforeAll
    static void ownDatabase() throws Exception {
        own = OwnDatabase.create("regulars_rfm");
        url = own.url();
        try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("INSERT INTO business (id, name, phone_hmac_key, created_at) VALUES ('" + BUSINESS + "',"
                    + " 'Hand-made', 'k', NOW())");
            st.execute("INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at) VALUES"
                    + " ('" + S1 + "', '" + BUSINESS + "', 'One', 'EUR', 'NL', 'UTC', NOW()),"
                    + " ('" + S2 + "', '" + BUSINESS + "', 'Two', 'EUR', 'NL', 'UTC', NOW())");
        }
    }

    @AfterAll
    static void dropIt() throws Exception {
        own.drop();
    }

    @Test
    void sizesGridAndMovesAreTheHandWorkedOnesAndEachClassIsTheCampaignsAudience() throws Exception {
        try (Connection db = connect()) {
            // as they stood at the end of February: visits, spend, first and last visit, store of the last
            customer(db, A, 11, 11_000, "2025-01-10 10:00", "2026-02-27 12:00", S1); // champion (2 days)
            customer(db, B, 5, 2_500, "2025-06-01 10:00", "2026-02-20 12:00", S1); // loyal
            customer(db, D, 7, 5_000, "2025-02-01 10:00", "2026-01-01 12:00", S2); // at risk (58 days)
            customer(db, E, 3, 900, "2025-01-01 10:00", "2025-08-01 12:00", S1); // hibernating
            customer(db, F, 1, 200, "2026-02-10 12:00", "2026-02-10 12:00", S2); // new (19 days)
            customer(db, G, 0, 0, null, null, null); // never visited
            customer(db, H, 1, 300, "2025-12-01 12:00", "2025-12-01 12:00", S1); // occasional (90 days)
            SegmentSnapshot.take(db, BUSINESS, YearMonth.of(2026, 2), END_OF_FEBRUARY, true);
            db.commit();

            // by 15 March: A and B came again, C is new, F came a second time, H was merged into A
            update(db, "UPDATE customer SET visits = 12, total_spend_minor = 12000,"
                    + " last_visit_at = '2026-03-14 12:00' WHERE id = ?", A);
            update(db, "UPDATE customer SET visits = 6, total_spend_minor = 3000,"
                    + " last_visit_at = '2026-03-01 12:00' WHERE id = ?", B);
            update(db, "UPDATE customer SET visits = 2, total_spend_minor = 400,"
                    + " last_visit_at = '2026-02-20 12:00' WHERE id = ?", F);
            update(db, "UPDATE customer SET merged_into = ? WHERE id = ?", A, H);
            customer(db, C, 2, 800, "2026-03-05 10:00", "2026-03-10 12:00", S2);
            SegmentSnapshot.take(db, BUSINESS, YearMonth.of(2026, 3), MID_MARCH, false);
            db.commit();

            // month, store, segment, customers, visits, spend
            assertThat(rows(db, "SELECT month, store_id, segment, customers, visits, spend_minor"
                    + " FROM analytics_segment_month ORDER BY month, store_id, segment")).containsExactly(
                    "2026-02-01  NO_VISIT 1 0 0",
                    "2026-02-01 " + S1 + " CHAMPION 1 11 11000",
                    "2026-02-01 " + S1 + " HIBERNATING 1 3 900",
                    "2026-02-01 " + S1 + " LOYAL 1 5 2500",
                    "2026-02-01 " + S1 + " OCCASIONAL 1 1 300",
                    "2026-02-01 " + S2 + " AT_RISK 1 7 5000",
                    "2026-02-01 " + S2 + " NEW 1 1 200",
                    "2026-03-01  NO_VISIT 1 0 0",
                    "2026-03-01 " + S1 + " CHAMPION 1 12 12000",
                    "2026-03-01 " + S1 + " HIBERNATING 1 3 900",
                    "2026-03-01 " + S1 + " LOYAL 1 6 3000",
                    "2026-03-01 " + S2 + " AT_RISK 1 7 5000",
                    "2026-03-01 " + S2 + " NEW 1 2 800",
                    "2026-03-01 " + S2 + " OCCASIONAL 1 2 400"); // F: first visit 33 days ago, no longer new
            // 15 March 12:00, six customers with a visit; cuts at sorted positions 1, 2, 3, 4 (ceil(k*6/5) - 1).
            // days since the last visit: A 1, B 14, C 5, D 73, E 226, F 23 -> as -days: E -226, D -73, F -23,
            // B -14, C -5, A -1; cuts -73, -23, -14, -5: R of E 1, D 1, F 2, B 3, C 4, A 5.
            // visits: C 2, F 2, E 3, B 6, D 7, A 12; cuts 2, 3, 6, 7: F of C 1, F 1, E 2, B 3, D 4, A 5.
            // spend: F 400, C 800, E 900, B 3000, D 5000, A 12000; cuts 800, 900, 3000, 5000: M of F 1, C 1, E 2,
            // B 3, D 4, A 5.
            assertThat(rows(db, "SELECT customer_id, recency, r, f, m FROM analytics_customer_segment"
                    + " WHERE month = '2026-03-01' ORDER BY customer_id")).containsExactly(
                    A + " 1 5 5 5", B + " 14 3 3 3", C + " 5 4 1 1", D + " 73 1 4 4", E + " 226 1 2 2",
                    F + " 23 2 1 1", G + " null 0 0 0");
            // store, r, f, customers, M summed
            assertThat(rows(db, "SELECT store_id, r, f, customers, m_sum FROM analytics_rfm_cell"
                    + " WHERE month = '2026-03-01' ORDER BY store_id, r, f")).containsExactly(
                    S1 + " 1 2 1 2", S1 + " 3 3 1 3", S1 + " 5 5 1 5",
                    S2 + " 1 4 1 4", S2 + " 2 1 1 1", S2 + " 4 1 1 1");
            // from the end of February: C joined, F went from new to occasional, H was merged away
            assertThat(rows(db, "SELECT store_id, from_segment, to_segment, customers FROM analytics_segment_move"
                    + " WHERE month = '2026-03-01' ORDER BY store_id, from_segment, to_segment")).containsExactly(
                    " NO_VISIT NO_VISIT 1",
                    S1 + " CHAMPION CHAMPION 1",
                    S1 + " HIBERNATING HIBERNATING 1",
                    S1 + " LOYAL LOYAL 1",
                    S1 + " OCCASIONAL  1",
                    S2 + "  NEW 1",
                    S2 + " AT_RISK AT_RISK 1",
                    S2 + " NEW OCCASIONAL 1");
            assertThat(rows(db, "SELECT COUNT(*) FROM analytics_segment_move WHERE month = '2026-02-01'"))
                    .containsExactly("0"); // no snapshot before February's: no moves into it

            // every class (and with a store) counts exactly whom the campaign criterion selects at that moment
            for (RfmClass rfm : RfmClass.values()) {
                for (String store : new String[] {null, S1, S2}) {
                    long counted = count(db, "SELECT COALESCE(SUM(customers), 0) FROM analytics_segment_month"
                            + " WHERE month = '2026-03-01' AND segment = '" + rfm.name() + "'"
                            + (store == null ? "" : " AND store_id = '" + store + "'"));
                    List<Object> params = new ArrayList<>();
                    String sql = AudienceQuery.count(new AudienceRule(BUSINESS, null, CampaignKind.BROADCAST, 0, null,
                            null, new Segment(null, null, null, null, null, null, null, null, List.of(), store, null,
                            null, null, rfm)), LocalDate.of(2026, 3, 15), MID_MARCH, params);
                    assertThat(count(db, sql, params.toArray())).as(rfm + " at " + store).isEqualTo(counted);
                }
            }

            // taking it again at the same moment changes nothing
            List<String> before = everything(db);
            SegmentSnapshot.take(db, BUSINESS, YearMonth.of(2026, 3), MID_MARCH, false);
            db.commit();
            assertThat(everything(db)).isEqualTo(before);

            // the job: nothing due the same day; the next day March again; on 1 April March for the last time
            // and April; then nothing, and February's customers' rows are gone (only March's and April's kept)
            ZoneId utc = ZoneOffset.UTC;
            assertThat(SegmentSnapshot.due(db, BUSINESS, utc, MID_MARCH.plusSeconds(3600))).isFalse();
            assertThat(SegmentSnapshot.refresh(db, BUSINESS, utc, MID_MARCH.plusSeconds(3600))).isEmpty();
            assertThat(SegmentSnapshot.refresh(db, BUSINESS, utc, MID_MARCH.plusSeconds(86_400)))
                    .containsExactly(YearMonth.of(2026, 3));
            Instant april = Instant.parse("2026-04-01T00:05:00Z");
            assertThat(SegmentSnapshot.due(db, BUSINESS, utc, april)).isTrue();
            assertThat(SegmentSnapshot.refresh(db, BUSINESS, utc, april))
                    .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
            db.commit();
            assertThat(SegmentSnapshot.refresh(db, BUSINESS, utc, april.plusSeconds(60))).isEmpty();
            assertThat(rows(db, "SELECT month, final FROM analytics_segment_snapshot ORDER BY month"))
                    .containsExactly("2026-02-01 1", "2026-03-01 1", "2026-04-01 0");
            assertThat(rows(db, "SELECT DISTINCT month FROM analytics_customer_segment ORDER BY month"))
                    .containsExactly("2026-03-01", "2026-04-01");
            // by 1 April A's last visit is 17 days back: no longer a champion, loyal
            assertThat(rows(db, "SELECT segment FROM analytics_customer_segment WHERE month = '2026-04-01'"
                    + " AND customer_id = '" + A + "'")).containsExactly("LOYAL");
            db.commit();
        }
    }

    @Test
    void theSegmentsPageCountsWhatItsCampaignReaches() throws Exception {
        URL server = SharedServer.url();
        String business = ServerFixture.text("SELECT business_id FROM store ORDER BY created_at, id LIMIT 1");
        String zone = ServerFixture.text("SELECT zone_id FROM store WHERE business_id = '" + business + "'"
                + " ORDER BY created_at, id LIMIT 1");
        String store = ServerFixture.text("SELECT id FROM store WHERE business_id = '" + business + "'"
                + " ORDER BY created_at, id LIMIT 1");
        Instant now = Instant.now();
        try (Connection db = TestDatabase.connect()) {
            // two champions whose latest visit was at the first store, so the store's segments are not all empty
            for (int i = 0; i < 2; i++) {
                insert(db, business, UUID.randomUUID().toString(), "+3164" + (1_000_000 + new SecureRandom()
                        .nextInt(8_999_999)), 12, 6_000, java.time.LocalDateTime.now(ZoneOffset.UTC).minusDays(300),
                        java.time.LocalDateTime.now(ZoneOffset.UTC).minusDays(1), store);
            }
            db.setAutoCommit(false);
            SegmentSnapshot.take(db, business, YearMonth.from(now.atZone(ZoneId.of(zone))), now, false);
            db.commit();
        }
        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.findElement(By.id("nav-segments")).click();
            assertThat(browser.findElement(By.tagName("h2")).getText())
                    .isEqualTo("Who your customers are: RFM segments");
            assertThat(browser.findElement(By.id("named")).getText()).contains("Champions: 10+ visits, last within"
                    + " 14 days", "Make a campaign for them");
            assertThat(browser.getPageSource()).contains("the rules of the campaign criterion",
                    "by fifths of them (quintiles)");
            assertThat(browser.findElements(By.cssSelector("#rfm-grid tbody tr"))).hasSize(5);
            screenshot(browser, "segments-page.png");
            String largest = null;
            long size = -1;
            long all = 0;
            for (RfmClass c : RfmClass.values()) {
                long n = Long.parseLong(browser.findElement(By.id("size-" + c.name())).getText());
                all += n;
                if (n > size) {
                    largest = c.name();
                    size = n;
                }
            }
            assertThat(size).isPositive();
            assertThat(all).isEqualTo(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE business_id = ?"
                    + " AND merged_into IS NULL", business));

            // CSV of each table
            String cookie = browser.manage().getCookies().stream().map(k -> k.getName() + "=" + k.getValue())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            HttpResponse<String> csv = get(server, cookie, "admin/figures.csv?table=segments");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines().findFirst().orElse("")).isEqualTo(
                    "\uFEFFmonth,segment,customers,visits,revenue,customers_end_of_last_month");
            assertThat(csv.body()).contains("," + largest + "," + size + ",");
            assertThat(get(server, cookie, "admin/figures.csv?table=rfm-grid").body())
                    .startsWith("\uFEFFmonth,r,f,customers,average_m");
            assertThat(get(server, cookie, "admin/figures.csv?table=segment-moves").body())
                    .startsWith("\uFEFFmonth,from_end_of_last_month,to_now,customers");
            assertThat(get(server, cookie, "admin/figures.csv?table=segments&store=nope").statusCode())
                    .isEqualTo(400);

            // one click: a new broadcast campaign whose live audience is the segment counted
            browser.findElement(By.id("campaign-" + largest)).click();
            CampaignEditorPage editor = new CampaignEditorPage(browser);
            assertThat(browser.findElement(By.id("campaign:rfm")).getDomProperty("value")).isEqualTo(largest);
            assertThat(editor.audience()).isEqualTo(size);
            screenshot(browser, "segments-campaign.png");

            // for one store: the link carries the store, and the editor counts the store's segment
            browser.get(server + "admin/segments.xhtml?store=" + store);
            String inStore = null;
            long storeSize = -1;
            for (RfmClass c : RfmClass.values()) {
                long n = Long.parseLong(browser.findElement(By.id("size-" + c.name())).getText());
                if (n > storeSize) {
                    inStore = c.name();
                    storeSize = n;
                }
            }
            assertThat(storeSize).isPositive();
            browser.findElement(By.id("campaign-" + inStore)).click();
            assertThat(browser.findElement(By.id("campaign:storeId")).getDomProperty("value")).isEqualTo(store);
            assertThat(editor.audience()).isEqualTo(storeSize);

            // a segment that is not one is said in words
            browser.get(server + "admin/campaign.xhtml?kind=BROADCAST&rfm=VIPS");
            assertThat(browser.findElement(By.id("missing")).getText())
                    .contains("There is no segment \"VIPS\"; open a segment's campaign from the Segments page.");

            browser.get(server + "admin/segments.xhtml");
            browser.findElement(By.id("lang-ru")).click();
            assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Кто ваши гости: RFM-сегменты");
            screenshot(browser, "segments-page-ru.png");
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<String> get(URL server, String cookie, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void customer(Connection db, String id, int visits, long spend, String first, String last,
                                 String store) throws Exception {
        insert(db, BUSINESS, id, "+3160000" + id.substring(32), visits, spend, first, last, store);
    }

    private static void insert(Connection db, String business, String id, String phone, int visits, long spend,
                               Object first, Object last, String store) throws Exception {
        update(db, "INSERT INTO customer (id, business_id, phone_e164, phone_hmac, points_balance, visits,"
                + " total_spend_minor, first_visit_at, last_visit_at, enrolled_at, change_seq, last_store_id)"
                + " VALUES (?, ?, ?, REPEAT('h', 43), 0, ?, ?, ?, ?, '2025-01-01', 0, ?)", id, business, phone, visits,
                spend, first, last, store);
    }

    private static List<String> everything(Connection db) throws Exception {
        List<String> all = new ArrayList<>();
        for (String table : List.of("analytics_customer_segment", "analytics_segment_month", "analytics_segment_move",
                "analytics_rfm_cell")) {
            all.addAll(rows(db, "SELECT * FROM " + table + " ORDER BY 1, 2, 3, 4"));
        }
        return all;
    }

    private static List<String> rows(Connection db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private static Connection connect() throws Exception {
        return own.connect();
    }
}
