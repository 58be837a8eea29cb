package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Figures page's ratings per cashier and per week, campaigns with their uplift, and friends' links opened, in a
 * real Chromium, from a small hand-made data set of a store of its own (written straight into the tables the figures
 * read) whose right values are worked out below by hand. Screenshots under loyalty-server/target/.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class ProgramFiguresIT {

    private static final String OWNER = "owner@demo.regulars.dev";
    private static final String PASSWORD = "regulars-demo";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final URL server = SharedServer.url();
    private final String store = UUID.randomUUID().toString();
    private final String tag = store.substring(0, 8);
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    /** Takes the hand-made rows out again (the store stays, as FiguresIT's does), and closes the browser. */
    @AfterEach
    void tidyUp() throws Exception {
        browser.quit();
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("DELETE FROM callback_task WHERE store_id = '" + store + "'");
            st.execute("DELETE FROM rating WHERE store_id = '" + store + "'");
            st.execute("DELETE FROM campaign_recipient WHERE run_id IN (SELECT r.id FROM campaign_run r"
                    + " JOIN campaign c ON c.id = r.campaign_id WHERE c.name = 'Uplift " + tag + "')");
            st.execute("DELETE r FROM campaign_run r JOIN campaign c ON c.id = r.campaign_id"
                    + " WHERE c.name = 'Uplift " + tag + "'");
            st.execute("DELETE FROM campaign WHERE name = 'Uplift " + tag + "'");
            st.execute("DELETE FROM sale WHERE store_id = '" + store + "'");
            st.execute("DELETE FROM customer WHERE first_name = 'Uplift " + tag + "'");
        }
    }

    @Test
    void ratingsPerCashierAndWeekCampaignsUpliftAndLinksOpenedAsWorkedOutByHand() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        String bram = UUID.randomUUID().toString();
        String cora = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant threeWeeksAgo = now.minus(21, ChronoUnit.DAYS);
        long run;
        try (Connection db = TestDatabase.connect()) {
            db.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0"); // no terminals: only what the figures read
            execute(db, "INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at)"
                    + " VALUES (?, ?, 'Ratings Cafe', 'EUR', 'NL', 'Europe/Amsterdam', NOW(6))", store, business);
            execute(db, "INSERT INTO cashier (id, store_id, name, pin_hash, change_seq) VALUES (?, ?, 'Bram', 'x', 0),"
                    + " (?, ?, 'Cora', 'x', 0)", bram, store, cora, store);
            // this week: Bram 5 and 2 (called back in time), Cora 1 (called back late) and 4, a sale the till did not
            // say who rang up 3 (call back still open); three weeks ago Bram 4
            rated(db, bram, now.minusSeconds(60), 5, null);
            rated(db, bram, now.minusSeconds(120), 2, "IN_TIME");
            rated(db, cora, now.minusSeconds(180), 1, "LATE");
            rated(db, cora, now.minusSeconds(240), 4, null);
            rated(db, null, now.minusSeconds(300), 3, "OPEN");
            rated(db, bram, threeWeeksAgo, 4, null);
            // a campaign sent 5 days ago to 4 customers, 4 held out: treated T1 bought twice (5.00 + 7.00), T2 once
            // (3.00); held out H1 once (4.00); the others nothing
            String campaign = UUID.randomUUID().toString();
            Instant started = now.minus(5, ChronoUnit.DAYS);
            db.setAutoCommit(false); // the campaign job measures the occurrence once it is all there
            execute(db, "INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from, quiet_until,"
                    + " channels, holdout_bp, templates_json, created_at) VALUES (?, ?, ?, 'BROADCAST', 'ENDED',"
                    + " '10:00', '21:00', '09:00', 'SMS', 5000, '{}', ?)", campaign, business, "Uplift " + tag,
                    utc(started));
            execute(db, "INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at, finished_at,"
                    + " treated, held_out) VALUES (?, ?, 'DONE', ?, ?, 4, 4)", campaign,
                    started.atZone(AMSTERDAM).toLocalDate(), utc(started), utc(started.plusSeconds(60)));
            run = CampaignOutcomesIT.lastInsertId(db);
            long[][] bought = {{500, 700}, {300}, {}, {}, {400}, {}, {}, {}};
            for (int i = 0; i < 8; i++) {
                String customer = UUID.randomUUID().toString();
                execute(db, "INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name,"
                        + " points_balance, visits, total_spend_minor, enrolled_at, change_seq)"
                        + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, 0)", customer, business,
                        "+3164" + (int) (Math.random() * 1e7) + i, "h".repeat(43), "Uplift " + tag,
                        utc(started.minus(30, ChronoUnit.DAYS)));
                execute(db, "INSERT INTO campaign_recipient (run_id, customer_id, decision, decided_at)"
                        + " VALUES (?, ?, ?, ?)", run, customer, i < 4 ? "T" : "H", utc(started));
                for (int k = 0; k < bought[i].length; k++) {
                    sale(db, UUID.randomUUID().toString(), customer, null, started.plus(k + 1, ChronoUnit.DAYS),
                            bought[i][k]);
                }
            }
            db.commit();
        }
        CampaignOutcomesIT.await(run, "measured_at IS NOT NULL");
        // friends' links: one browser opens Ines's link twice (once counted), another once; a code nobody has is not
        String code = ServerFixture.text("SELECT referral_code FROM customer WHERE business_id = '" + business
                + "' AND referral_code IS NOT NULL AND erased_at IS NULL AND merged_into IS NULL LIMIT 1");
        HttpClient first = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpClient second = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(join(first, code).statusCode()).isEqualTo(200);
        assertThat(join(first, code.toLowerCase(java.util.Locale.ROOT)).statusCode()).isEqualTo(200);
        assertThat(join(second, code).statusCode()).isEqualTo(200);
        assertThat(join(second, "QQ0000").statusCode()).isEqualTo(200);
        assertThat(ServerFixture.count("SELECT opens FROM referral_link_open_day WHERE store_id = ?", store))
                .isEqualTo(2);

        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.get(server + "admin/figures.xhtml?store=" + store);
        // the store: 5 ratings this week, (5 + 2 + 1 + 4 + 3) / 5 = 3.0 stars, 3 low, 1 of them called back in time
        assertThat(browser.findElement(By.id("ratings")).getText()).contains("Ratings Cafe 5 3.0 ★ 3 33.3 %");
        // per cashier: Bram (5 + 2) / 2, 1 low called in time; Cora (1 + 4) / 2, 1 low late; the unknown one 3, open
        assertThat(browser.findElement(By.id("rating-cashiers")).getText().lines().toList()).containsSubsequence(
                "Ratings Cafe Bram 2 3.5 ★ 1 100.0 %", "Ratings Cafe Cora 2 2.5 ★ 1 0.0 %",
                "Ratings Cafe (not said by the till) 1 3.0 ★ 1 0.0 %");
        assertThat(browser.findElement(By.cssSelector("#ratings-chart svg")).getDomAttribute("viewBox"))
                .isEqualTo("0.0 0.0 720.0 300.0");
        assertThat(browser.findElement(By.id("referral-opened")).getText()).isEqualTo("2");
        screenshot("figures-ratings.png", "ratings");
        // the campaign: 4 sends, 2 back (T1, T2) with 15.00; 2/4 against 1/4 held out: +25 points, 95 % interval
        // ± 1.96 × sqrt(0.5 × 0.5 / 4 + 0.25 × 0.75 / 4) = ± 64.8
        assertThat(browser.findElement(By.id("campaigns")).getText())
                .containsPattern("Uplift " + tag + " 1 4 2 €15.00 \\+25.0 pp \\(-39.8 to \\+89.8\\)"
                        + " measured \\d\\d:\\d\\d");
        assertThat(browser.findElement(By.id("campaigns-scope")).getText()).contains("whole business");
        assertThat(browser.findElement(By.cssSelector("#campaigns-chart svg")).getDomAttribute("viewBox"))
                .isEqualTo("0.0 0.0 720.0 300.0");
        screenshot("figures-campaigns.png", "campaigns-section");

        assertThat(csv("rating-cashiers")).containsExactly(
                "\uFEFFstore,cashier,ratings,average_stars,low,called_back_in_time_share",
                "Ratings Cafe,Bram,2,3.50,1,1.0000", "Ratings Cafe,Cora,2,2.50,1,0.0000",
                "Ratings Cafe,,1,3.00,1,0.0000");
        assertThat(csv("ratings")).containsExactly(
                "\uFEFFstore,ratings,average_stars,low,called_back_in_time_share", "Ratings Cafe,5,3.00,3,0.3333");
        // the weeks: Monday to Sunday in Amsterdam, the last one this week's
        LocalDate thisWeek = now.minusSeconds(300).atZone(AMSTERDAM).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate thatWeek = threeWeeksAgo.atZone(AMSTERDAM).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> weeks = csv("rating-weeks");
        assertThat(weeks).hasSize(13).first().isEqualTo("\uFEFFweek_from,ratings,average_stars");
        assertThat(weeks).contains(thisWeek + ",5,3.00", thatWeek + ",1,4.00",
                thatWeek.plusWeeks(1) + ",0,");
        assertThat(csv("campaigns")).anySatisfy(line -> assertThat(line)
                .startsWith("Uplift " + tag + ",1,4,2,15.00,0.2500,-0.3982,0.8982,0,20"));
        assertThat(csv("referrals")).contains("links_opened,2");
    }

    private HttpResponse<String> join(HttpClient client, String code) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server + "join/" + store + "?ref=" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> csv(String table) throws Exception {
        String cookie = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                + "admin/figures.csv?table=" + table + "&store=" + store)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines().toList();
    }

    /** A sale at the store rated with {@code stars}, and the call back of a low one: in time, late or open. */
    private void rated(Connection db, String cashier, Instant at, int stars, String callback) throws Exception {
        String sale = UUID.randomUUID().toString();
        sale(db, sale, null, cashier, at, 450);
        String business = ServerFixture.text("SELECT business_id FROM store WHERE id = '" + store + "'");
        execute(db, "INSERT INTO rating (sale_id, stars, language, created_at, updated_at, business_id, store_id,"
                + " attached_at) VALUES (?, ?, 'en', ?, ?, ?, ?, ?)", sale, stars, utc(at), utc(at), business, store,
                utc(at));
        if (callback != null) {
            Instant due = "LATE".equals(callback) ? at.plusSeconds(30) : at.plus(1, ChronoUnit.HOURS);
            execute(db, "INSERT INTO callback_task (rating_sale_id, business_id, store_id, created_at, due_at, status,"
                    + " closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sale, business, store, utc(at), utc(due),
                    "OPEN".equals(callback) ? "OPEN" : "CLOSED", "OPEN".equals(callback) ? null
                            : utc(at.plusSeconds(60)));
        }
    }

    private void sale(Connection db, String id, String customer, String cashier, Instant at, long due)
            throws Exception {
        execute(db, "INSERT INTO sale (id, terminal_id, store_id, customer_id, cashier_id, rung_up_at, received_at,"
                + " rules_version, currency, subtotal_minor, redeem_discount_minor, due_minor, points_redeemed,"
                + " points_earned, till_due_minor, till_points_earned, figures_differ, overdraft, content_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'EUR', ?, 0, ?, 0, 0, ?, 0, FALSE, FALSE, ?)", id,
                UUID.randomUUID().toString(), store, customer, cashier, utc(at), utc(at), due, due, due,
                "0".repeat(64));
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static void execute(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private void screenshot(String name, String element) throws Exception {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", element);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

}
