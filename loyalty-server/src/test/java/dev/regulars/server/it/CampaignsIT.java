package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CustomerAtTill;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Campaigns run by the server's own scheduler (every 15 s) against MariaDB, messages arriving at a real SMTP server
 * (GreenMail): each customer of an occurrence decided once (treated, held out, capped, unreachable), bonuses posted
 * with their validity, nothing sent twice. Campaigns are set up in SQL until the editor exists. Phones
 * +31 6 4910 00xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class CampaignsIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    @RegisterExtension
    static final TestSmtp smtp = new TestSmtp();

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    @Test
    void aBirthdayCampaignReachesTodaysBirthdaysOnceWithTheirBonusAndHoldsOutItsShare() throws Exception {
        MonthDay today = MonthDay.now(AMSTERDAM);
        List<String> ids = new ArrayList<>();
        try (Journal journal = Journal.open(dir.resolve("birthday.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Party till");
            List<String> phones = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                phones.add(enrollWithBirthday(till.context(), "06 4910 000" + i, "Guest" + i, today));
            }
            till.sync().syncOnce();
            for (String phone : phones) {
                ids.add(ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '" + phone + "'"));
            }
        }
        for (int i = 0; i < 7; i++) { // the last one gave no e-mail address
            ServerFixture.update("UPDATE customer SET email = 'guest" + (i + 1) + "@example.test' WHERE id = '"
                    + ids.get(i) + "'");
        }
        int before = smtp.getReceivedMessages().length;
        String campaign = campaign("BIRTHDAY", "days_before = 0, bonus_points = 100, bonus_valid_days = 14,"
                + " holdout_bp = 3000", "Happy birthday, {firstName|friend}!",
                "{bonus} points for you until {bonusExpiry}. You now have {balance}.");

        long run = awaitRunDone(campaign);
        String in = "('" + String.join("','", ids) + "')";
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND customer_id IN "
                + in, run)).as("each decided once").isEqualTo(8);
        long treated = ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND decision = 'T'"
                + " AND customer_id IN " + in, run);
        long heldOut = ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND decision = 'H'"
                + " AND customer_id IN " + in, run);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM campaign_recipient WHERE run_id = ? AND decision = 'N'",
                run) + treated + heldOut).isEqualTo(8);
        assertThat(ServerFixture.text("SELECT decision FROM campaign_recipient WHERE run_id = " + run
                + " AND customer_id = '" + ids.get(7) + "'")).as("no address").isIn("N", "H");
        // the treated got the bonus with its own validity; the held out nothing
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN campaign_recipient r ON"
                + " r.customer_id = e.customer_id WHERE r.run_id = ? AND r.decision = 'T' AND e.entry_type = 'BIRTHDAY'"
                + " AND e.points = 100 AND e.valid_until BETWEEN NOW(6) + INTERVAL 13 DAY AND NOW(6) + INTERVAL 15 DAY",
                run)).isEqualTo(treated);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN campaign_recipient r ON"
                + " r.customer_id = e.customer_id WHERE r.run_id = ? AND r.decision = 'H' AND e.entry_type = 'BIRTHDAY'",
                run)).isZero();

        assertThat(smtp.waitForIncomingEmail(30_000, before + (int) treated)).isTrue();
        Thread.sleep(20_000); // another pass of the scheduler and the dispatcher: nothing more
        MimeMessage[] mails = Arrays.copyOfRange(smtp.getReceivedMessages(), before, smtp.getReceivedMessages().length);
        assertThat(mails).hasSize((int) treated);
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.getSubject()).matches("Happy birthday, Guest\\d!");
            assertThat(((String) m.getContent())).startsWith("100 points for you until ").contains("You now have 162.");
        });
        assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
    }

    @Test
    void aWinBackCampaignSkipsCustomersOverTheFrequencyCapAndThoseWhoUnsubscribed() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Journal journal = Journal.open(dir.resolve("winback.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Lapsed till");
            for (int i = 1; i <= 3; i++) {
                TillSales.enroll(till.context(), "06 4910 001" + i, "Lapsed" + i, null, null, "LATTE");
            }
            till.sync().syncOnce();
        }
        for (int i = 1; i <= 3; i++) {
            String id = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+3164910001" + i + "'");
            ids.add(id);
            ServerFixture.update("UPDATE customer SET email = 'lapsed" + i + "@example.test', last_visit_at ="
                    + " NOW(6) - INTERVAL 100 DAY, first_visit_at = NOW(6) - INTERVAL 300 DAY, visits = 5 WHERE id = '"
                    + id + "'");
        }
        // the first had a message from another campaign yesterday; the second unsubscribed from e-mail
        ServerFixture.update("INSERT INTO campaign_recipient (run_id, customer_id, decision, channel, decided_at)"
                + " VALUES (999999, '" + ids.get(0) + "', 'T', 'EMAIL', NOW(6) - INTERVAL 1 DAY)");
        ServerFixture.update("UPDATE customer_consent SET granted = FALSE WHERE channel = 'EMAIL' AND customer_id = '"
                + ids.get(1) + "'");
        int before = smtp.getReceivedMessages().length;
        String campaign = campaign("WINBACK", "lapsed_days = 60, cap_messages = 1, cap_days = 3",
                "We miss you, {firstName}", "Come by for a coffee: you have {balance} points.");

        long run = awaitRunDone(campaign);
        assertThat(decision(run, ids.get(0))).isEqualTo("C");
        assertThat(decision(run, ids.get(1))).isEqualTo("N");
        assertThat(decision(run, ids.get(2))).isEqualTo("T");
        assertThat(smtp.waitForIncomingEmail(30_000, before + 1)).isTrue();
        assertThat(List.of(smtp.getReceivedMessages())).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("We miss you, Lapsed3");
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("lapsed3@example.test");
        });
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?",
                "run:" + run + ":customer:" + ids.get(2))).isEqualTo(1);
    }

    @Test
    void theCampaignsPageComparesTreatedCustomersWithTheHeldOut() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Journal journal = Journal.open(dir.resolve("uplift.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Uplift till");
            for (int i = 1; i <= 4; i++) {
                TillSales.enroll(till.context(), "06 4910 002" + i, "Uplift" + i, null, null, "LATTE");
            }
            till.sync().syncOnce();
            for (int i = 1; i <= 4; i++) {
                ids.add(ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+3164910002" + i + "'"));
            }
            // an occurrence that treated the first two and held out the other two, starting now (written once the
            // sales after it are in: the job measures an occurrence as soon as it sees it)
            String campaign = campaign("BROADCAST", "status = 'DRAFT', holdout_bp = 5000", "Hello", "Hello");
            String startedAt = ServerFixture.text("SELECT NOW(6)");
            Thread.sleep(10);
            // afterwards one treated customer comes twice, one held-out customer once
            for (int visit : new int[] {0, 0, 2}) {
                var phone = till.context().customerLookup().normalize("06 4910 002" + (visit + 1));
                var cached = till.context().customerLookup().find(phone).orElseThrow();
                till.context().checkout().payCash(TillSales.lines(journal, "LATTE"),
                        new CustomerAtTill.Known(phone, cached.phoneHmac(), cached), 0, 1_000);
            }
            till.sync().syncOnce();
            try (java.sql.Connection db = TestDatabase.connect()) {
                db.setAutoCommit(false);
                ProgramFiguresIT.execute(db, "INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at,"
                        + " finished_at, treated, held_out) VALUES (?, CURDATE(), 'DONE', ?, ?, 2, 2)", campaign,
                        startedAt, startedAt);
                long run = CampaignOutcomesIT.lastInsertId(db);
                for (int i = 0; i < 4; i++) {
                    ProgramFiguresIT.execute(db, "INSERT INTO campaign_recipient (run_id, customer_id, decision,"
                            + " channel, decided_at) VALUES (?, ?, ?, ?, ?)", run, ids.get(i), i < 2 ? "T" : "H",
                            i < 2 ? "EMAIL" : null, startedAt);
                }
                db.commit();
                CampaignOutcomesIT.await(run, "measured_at IS NOT NULL");
            }
        }
        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.findElement(By.id("nav-campaigns")).click();
            String row = browser.findElement(By.xpath("//tr[td[1][normalize-space()='BROADCAST test']]")).getText();
            assertThat(row).contains("Broadcast", "draft", "done")
                    .contains("Not clear yet: the difference may be chance (its range includes 0).")
                    .contains("Came back within 30 days: treated 50 % of 2, held out 50 % of 2: +0 points")
                    .contains("visits per customer +0.50").contains("revenue per customer +1.95");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theCampaignsListPagesTwentyAtATimeNewestFirstWithEachCampaignOnce() throws Exception {
        for (int i = 1; i <= 22; i++) {
            String id = UUID.randomUUID().toString();
            ServerFixture.update("INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from,"
                    + " quiet_until, channels, templates_json, created_at) SELECT '" + id + "', id, 'Paging "
                    + String.format("%02d", i) + "', 'BROADCAST', 'DRAFT', '00:00', '00:00', '00:00', 'EMAIL',"
                    + " '{\"en\":{\"body\":\"Hi\"}}', '2020-01-01' + INTERVAL " + i + " MINUTE FROM business LIMIT 1");
        }
        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, server, "owner@demo.regulars.dev", "regulars-demo");
            browser.findElement(By.id("nav-campaigns")).click();
            List<String> seen = new ArrayList<>();
            for (int page = 1; ; page++) {
                var names = browser.findElements(By.cssSelector("#list\\:campaign-table tbody tr td:first-child"));
                assertThat(names).hasSizeLessThanOrEqualTo(20);
                names.stream().map(e -> e.getText()).filter(n -> n.startsWith("Paging ")).forEach(seen::add);
                var older = browser.findElements(By.id("older"));
                if (older.isEmpty()) {
                    break;
                }
                older.get(0).click();
                assertThat(page).as("the pages end").isLessThan(20);
            }
            assertThat(seen).as("each once, newest first").hasSize(22).doesNotHaveDuplicates()
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(browser.findElement(By.id("newest")).getText()).isEqualTo("Newest");

            // a button on a row that changed meanwhile says why it did nothing
            ServerFixture.update("UPDATE campaign SET status = 'ENDED' WHERE name = 'Paging 01'");
            Browser.submit(browser, browser.findElement(By.xpath(
                    "//tr[td[1][normalize-space()='Paging 01']]//input[@value='Schedule']")));
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("A campaign that is ended cannot be scheduled");
            assertThat(browser.findElement(By.xpath("//tr[td[1][normalize-space()='Paging 01']]")).getText())
                    .contains("ended");
        } finally {
            browser.quit();
        }
    }

    /** @return the phone in E.164 */
    @Test
    void aLowRatingIsAnsweredOnceAsItComesInTheRatersLanguage() throws Exception {
        UUID first;
        UUID second;
        try (Journal journal = Journal.open(dir.resolve("low.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Sorry till");
            first = TillSales.enroll(till.context(), "06 4910 0101", "Wout", null, null, "LATTE").record().saleId();
            second = TillSales.enroll(till.context(), "06 4910 0102", "Vera", null, null, "LATTE").record().saleId();
            till.sync().syncOnce();
        }
        ServerFixture.update("UPDATE customer SET email = CONCAT(LOWER(first_name), '@sorry.test') WHERE phone_e164"
                + " IN ('+31649100101', '+31649100102')");
        String campaign = campaign("LOW_RATING", "bonus_points = 0, templates_json = '{\"en\":{\"subject\":\"We are"
                + " sorry, {firstName|friend}\",\"body\":\"Thank you for telling us.\"},\"ru\":{\"subject\":"
                + "\"Простите нас, {firstName|друг}\",\"body\":\"Спасибо, что сказали.\"}}'", "unused", "unused");
        int before = smtp.getReceivedMessages().length;

        // Wout rates his visit 2 stars on the Russian page: the apology comes within a pass of the scheduler
        assertThat(rate(first, 2, "ru")).isEqualTo(303);
        assertThat(smtp.waitForIncomingEmail(45_000, before + 1)).isTrue();
        MimeMessage apology = smtp.getReceivedMessages()[before];
        assertThat(apology.getAllRecipients()[0].toString()).isEqualTo("wout@sorry.test");
        assertThat(apology.getSubject()).isEqualTo("Простите нас, Wout");
        // later the same day Vera rates 1 star: the same day's occurrence answers her too
        assertThat(rate(second, 1, "en")).isEqualTo(303);
        assertThat(smtp.waitForIncomingEmail(45_000, before + 2)).isTrue();
        assertThat(smtp.getReceivedMessages()[before + 1].getSubject()).isEqualTo("We are sorry, Vera");
        Thread.sleep(20_000); // another pass: nobody is answered twice for one rating
        assertThat(smtp.getReceivedMessages()).hasSize(before + 2);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM campaign_run WHERE campaign_id = ? AND status ="
                + " 'RUNNING'", campaign)).as("open until the day is over").isEqualTo(1);
    }

    /** Sends the receipt's rating page as a customer does; the HTTP status. */
    private int rate(UUID saleId, int stars, String language) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server + "r/" + dev.regulars.core.feedback.ReceiptToken.of(saleId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("stars=" + stars + "&comment=&lang="
                        + language)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String enrollWithBirthday(TillContext till, String phone, String name, MonthDay birthday) {
        var number = till.customerLookup().normalize(phone);
        till.checkout().payCash(TillSales.lines(till.journal(), "LATTE"), new CustomerAtTill.Enrolling(number,
                till.customerLookup().hashOf(number), name, null, true, null, birthday, null), 0, 1_000);
        return number.e164();
    }

    /**
     * A campaign of the demo café, daily from midnight, e-mail only, its English template; active unless the
     * settings say otherwise; its id.
     */
    private static String campaign(String kind, String settings, String subject, String body) throws Exception {
        String id = UUID.randomUUID().toString();
        ServerFixture.update("INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from,"
                + " quiet_until, channels, templates_json, created_at) SELECT '" + id + "', id, '" + kind + " test', '"
                + kind + "', 'DRAFT', '00:00', '00:00', '00:00', 'EMAIL', '{\"en\":{\"subject\":\"" + subject
                + "\",\"body\":\"" + body + "\"}}', NOW(6) FROM business LIMIT 1");
        // set up as a draft, then switched on with its settings at once: the scheduler never sees it half made
        ServerFixture.update("UPDATE campaign SET " + (settings.contains("status") ? "" : "status = 'ACTIVE', ")
                + settings + " WHERE id = '" + id + "'");
        return id;
    }

    private static long awaitRunDone(String campaignId) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(45));
        while (ServerFixture.count("SELECT COUNT(*) FROM campaign_run WHERE campaign_id = ? AND status = 'DONE'",
                campaignId) == 0) {
            assertThat(Instant.now()).as("the occurrence of " + campaignId + " finishes").isBefore(until);
            Thread.sleep(500);
        }
        return ServerFixture.count("SELECT id FROM campaign_run WHERE campaign_id = ? AND occurrence_on = ?",
                campaignId, LocalDate.now(AMSTERDAM).toString());
    }

    private static String decision(long run, String customerId) throws Exception {
        return ServerFixture.text("SELECT decision FROM campaign_recipient WHERE run_id = " + run
                + " AND customer_id = '" + customerId + "'");
    }
}
