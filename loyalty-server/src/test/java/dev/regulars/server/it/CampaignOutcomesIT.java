package dev.regulars.server.it;

import static dev.regulars.server.it.ProgramFiguresIT.execute;
import static dev.regulars.server.it.ProgramFiguresIT.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A campaign occurrence's outcome kept by the server's job (CampaignOutcomes, every 15 seconds): it appears after
 * the job, is measured again while its window is open, is frozen once final (until a rebuild asks), is left alone
 * while another node holds its row, and the Campaigns and Figures pages show the stored numbers. Hand-made rows in a
 * store of its own; the expected figures are worked out below by hand.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class CampaignOutcomesIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration JOB = Duration.ofSeconds(60);

    private final URL server = SharedServer.url();
    private final String store = UUID.randomUUID().toString();
    private final String tag = store.substring(0, 8);
    private final String name = "Outcome " + tag;

    @AfterEach
    void tidyUp() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            String runs = "(SELECT r.id FROM campaign_run r JOIN campaign c ON c.id = r.campaign_id WHERE c.name = '"
                    + name + "')";
            st.execute("DELETE FROM campaign_recipient WHERE run_id IN " + runs);
            st.execute("DELETE FROM campaign_run_outcome WHERE run_id IN " + runs);
            st.execute("DELETE r FROM campaign_run r JOIN campaign c ON c.id = r.campaign_id WHERE c.name = '"
                    + name + "'");
            st.execute("DELETE FROM campaign WHERE name = '" + name + "'");
            st.execute("DELETE FROM sale WHERE store_id = '" + store + "'");
            st.execute("DELETE FROM customer WHERE first_name = '" + name + "'");
            st.execute("DELETE FROM store WHERE id = '" + store + "'");
        }
    }

    @Test
    void theOutcomeIsStoredByTheJobMeasuredAgainWhileOpenFrozenWhenFinalAndShownAsStored() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.DAYS);
        String campaign = UUID.randomUUID().toString();
        List<String> customers = new ArrayList<>();
        long run;
        try (Connection db = TestDatabase.connect()) {
            // one transaction: the job must not measure the occurrence before its recipients and sales are there
            db.setAutoCommit(false);
            db.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0");
            execute(db, "INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at)"
                    + " VALUES (?, ?, 'Outcome Cafe', 'EUR', 'NL', 'Europe/Amsterdam', NOW(6))", store, business);
            execute(db, "INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from, quiet_until,"
                    + " channels, holdout_bp, templates_json, created_at) VALUES (?, ?, ?, 'BROADCAST', 'ENDED',"
                    + " '10:00', '21:00', '09:00', 'SMS', 5000, '{}', NOW(6))", campaign, business, name);
            execute(db, "INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at, finished_at,"
                    + " treated, held_out) VALUES (?, ?, 'DONE', ?, ?, 2, 2)", campaign,
                    started.atZone(AMSTERDAM).toLocalDate(), utc(started), utc(started.plusSeconds(60)));
            run = lastInsertId(db);
            // treated T1 buys 5.00 on day 1 and 7.00 on day 2, T2 3.00 on day 1; held out H1 4.00 on day 1, H2 nothing
            long[][] bought = {{500, 700}, {300}, {400}, {}};
            for (int i = 0; i < 4; i++) {
                String customer = UUID.randomUUID().toString();
                customers.add(customer);
                execute(db, "INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name,"
                        + " points_balance, visits, total_spend_minor, enrolled_at, change_seq)"
                        + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, 0)", customer, business,
                        "+3165" + (int) (Math.random() * 1e7) + i, "o".repeat(43), name,
                        utc(started.minus(30, ChronoUnit.DAYS)));
                execute(db, "INSERT INTO campaign_recipient (run_id, customer_id, decision, decided_at)"
                        + " VALUES (?, ?, ?, ?)", run, customer, i < 2 ? "T" : "H", utc(started));
                for (int k = 0; k < bought[i].length; k++) {
                    sale(db, customer, started.plus(k + 1, ChronoUnit.DAYS), bought[i][k]);
                }
            }
            db.commit();
        }

        // the job measures it: treated 2 customers, both back, 3 visits (2² + 1² = 5), 15.00 (12.00² + 3.00² in
        // cents² = 1,440,000 + 90,000); held out 2, 1 back, 1 visit, 4.00 (160,000); not final (open 25 more days)
        String first = await(run, "measured_at IS NOT NULL");
        assertThat(outcome(run)).isEqualTo("2 2 3 5 1500 1530000 2 1 1 1 400 160000 false");

        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.get(server + "admin/campaigns.xhtml");
            // 2 of 2 back against 1 of 2: +50 points, ± 1.96 × sqrt(0 + 0.5 × 0.5 / 2) = ± 69.3
            String row = browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText();
            assertThat(row).contains("Came back within 30 days: treated 100 % of 2, held out 50 % of 2: +50 points"
                    + " (95 % CI -19 to +119)").containsPattern("measured \\d\\d:\\d\\d");
            // the page reads the stored row, not the sales: a hand-set figure shows as it is (nobody held out came
            // back: +100 points, ± 0)
            ServerFixture.update("UPDATE campaign_run_outcome SET held_returned = 0, held_visits = 0,"
                    + " held_revenue_minor = 0, held_visits_sq = 0, held_revenue_sq = 0 WHERE run_id = " + run);
            browser.navigate().refresh();
            row = browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText();
            assertThat(row).contains("treated 100 % of 2, held out 0 % of 2: +100 points (95 % CI +100 to +100)");
            screenshot(browser, "campaigns-measured.png");

            // while open: H2 buys 2.00 on day 3; an hour after the last measure the job measures again
            try (Connection db = TestDatabase.connect()) {
                db.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0");
                sale(db, customers.get(3), started.plus(3, ChronoUnit.DAYS), 200);
            }
            ServerFixture.update("UPDATE campaign_run_outcome SET measured_at = measured_at - INTERVAL 61 MINUTE"
                    + " WHERE run_id = " + run);
            await(run, "measured_at > '" + first + "'");
            assertThat(outcome(run)).isEqualTo("2 2 3 5 1500 1530000 2 2 2 2 600 200000 false");

            // the window closes: the occurrence and its sales 32 days earlier, so its 30 days ended 2 days ago
            ServerFixture.update("UPDATE campaign_run SET started_at = started_at - INTERVAL 32 DAY WHERE id = " + run);
            ServerFixture.update("UPDATE sale SET rung_up_at = rung_up_at - INTERVAL 32 DAY WHERE store_id = '"
                    + store + "'");
            String last = await(run, "is_final");
            assertThat(outcome(run)).isEqualTo("2 2 3 5 1500 1530000 2 2 2 2 600 200000 true");
            browser.get(server + "admin/figures.xhtml?days=30");
            // the Figures page: 1 occurrence, 2 sends, 2 back with 15.00; 2/2 against 2/2: +0.0 pp, ± 0; final
            assertThat(browser.findElement(By.id("campaigns")).getText())
                    .contains(name + " 1 2 2 €15.00 +0.0 pp (+0.0 to +0.0) final");
            screenshot(browser, "figures-campaigns-final.png");
            browser.get(server + "admin/campaigns.xhtml");
            assertThat(browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText())
                    .contains("held out 100 % of 2: +0 points").contains("· final");

            // final is frozen: T2 buys again within the window, and two rounds later nothing moved
            try (Connection db = TestDatabase.connect()) {
                db.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0");
                sale(db, customers.get(1), started.minus(30, ChronoUnit.DAYS), 800);
            }
            aRoundHasPassed(campaign, started);
            assertThat(ServerFixture.text("SELECT measured_at FROM campaign_run_outcome WHERE run_id = " + run))
                    .isEqualTo(last);
            assertThat(outcome(run)).startsWith("2 2 3 5 1500 1530000 ");

            // a rebuild asks again (what RebuildFigures does in its transaction); while another node holds the row
            // the job leaves it; once let go, it is measured again: T2's 8.00 counted, final again
            try (Connection db = TestDatabase.connect()) {
                db.setAutoCommit(false);
                assertThat(dev.regulars.server.campaigns.CampaignOutcomes.measureAgain(db, business)).isPositive();
                db.commit();
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM campaign_run_outcome WHERE run_id = " + run
                        + " AND NOT is_final")).isOne();
                try (Statement st = db.createStatement()) {
                    st.executeQuery("SELECT * FROM campaign_run_outcome WHERE run_id = " + run + " FOR UPDATE")
                            .close();
                    aRoundHasPassed(campaign, started.plus(1, ChronoUnit.DAYS));
                    assertThat(ServerFixture.text("SELECT measured_at FROM campaign_run_outcome WHERE run_id = "
                            + run)).isEqualTo(last);
                }
                db.commit();
            }
            await(run, "is_final AND measured_at > '" + last + "'");
            // T1 12.00 in 2 visits, T2 3.00 + 8.00 in 2: 4 visits (4 + 4 = 8), 23.00 (1,440,000 + 1,210,000)
            assertThat(outcome(run)).isEqualTo("2 2 4 8 2300 2650000 2 2 2 2 600 200000 true");
        } finally {
            browser.quit();
        }
    }

    /**
     * Returns once the job has done a round that began after now: an occurrence of no one, noted now, has been
     * measured (a round measures every due occurrence it can hold), then it is gone again.
     */
    private static void aRoundHasPassed(String campaign, Instant occurrence) throws Exception {
        long control;
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            execute(db, "INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at, finished_at)"
                    + " VALUES (?, ?, 'DONE', ?, ?)", campaign, occurrence.atZone(AMSTERDAM).toLocalDate()
                    .plusYears(1), utc(occurrence), utc(occurrence));
            control = lastInsertId(db);
            execute(db, "INSERT INTO campaign_run_outcome (run_id, days) VALUES (?, 30)", control);
            db.commit();
        }
        await(control, "measured_at IS NOT NULL");
        ServerFixture.update("DELETE FROM campaign_run_outcome WHERE run_id = " + control);
        ServerFixture.update("DELETE FROM campaign_run WHERE id = " + control);
    }

    /** The id the connection's last insert made (an occurrence not committed yet). */
    static long lastInsertId(Connection db) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits for the job until the run's outcome row meets {@code condition}; its measured_at then. */
    static String await(long run, String condition) throws Exception {
        Instant until = Instant.now().plus(JOB);
        while (Instant.now().isBefore(until)) {
            if (ServerFixture.count("SELECT COUNT(*) FROM campaign_run_outcome WHERE run_id = " + run + " AND "
                    + condition) == 1) {
                return ServerFixture.text("SELECT measured_at FROM campaign_run_outcome WHERE run_id = " + run);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the job did not measure run " + run + " (" + condition + ") within " + JOB);
    }

    /** The stored groups, treated then held out, and whether final. */
    private static String outcome(long run) throws Exception {
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT treated_customers, treated_returned, treated_visits,"
                     + " treated_visits_sq, treated_revenue_minor, treated_revenue_sq, held_customers, held_returned,"
                     + " held_visits, held_visits_sq, held_revenue_minor, held_revenue_sq, is_final"
                     + " FROM campaign_run_outcome WHERE run_id = " + run)) {
            rs.next();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 12; i++) {
                b.append(rs.getLong(i)).append(' ');
            }
            return b.append(rs.getBoolean(13)).toString();
        }
    }

    private void sale(Connection db, String customer, Instant at, long due) throws Exception {
        execute(db, "INSERT INTO sale (id, terminal_id, store_id, customer_id, rung_up_at, received_at,"
                + " rules_version, currency, subtotal_minor, redeem_discount_minor, due_minor, points_redeemed,"
                + " points_earned, till_due_minor, till_points_earned, figures_differ, overdraft, content_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, 'EUR', ?, 0, ?, 0, 0, ?, 0, FALSE, FALSE, ?)",
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), store, customer, utc(at), utc(at), due,
                due, due, "0".repeat(64));
    }

    private static void screenshot(ChromeDriver browser, String file) throws Exception {
        Path target = Path.of("target", file);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
