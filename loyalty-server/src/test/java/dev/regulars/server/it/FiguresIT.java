package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.sync.CardLink;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.TerminalRegistry;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The owner's figures in a real Chromium, against sales synced by a real till to a store of its own (so its
 * figures are known exactly): the dashboard's tiles with their definitions, the chart, the cashiers' table and its
 * CSV, the repeat rate and cohort pages, a filter by business line and store, a filter that is not the business's,
 * Russian, and a phone-sized screen. Screenshots under loyalty-server/target/.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class FiguresIT {

    private static final String OWNER = "owner@demo.regulars.dev";
    private static final String PASSWORD = "regulars-demo";

    private final URL server = SharedServer.url();
    @TempDir
    Path tillDir;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theOwnerSeesAStoresWeekAsItWasRungUpWithDefinitionsChartsAndCsv() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        String store = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.connect()) {
            execute(db, "INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at)"
                    + " VALUES (?, ?, 'Figures Bakery', 'EUR', 'NL', 'Europe/Amsterdam', NOW(6))", store, business);
        }
        // an inviter of its own, enrolled at the demo's first store: the demo regulars' codes have a daily cap that
        // other test classes use up
        String inviterCode;
        try (Journal other = Journal.open(tillDir.resolve("inviter.db"))) {
            PairedTill till = PairedTill.pair(other, server.toString(), ServerFixture.issuePairingCode(),
                    "Inviter till");
            TillSales.enroll(till.context(), "06 4700 0900", "Ines", null, (CardLink) null, "ESPRESSO");
            assertThat(till.sync().syncOnce().accepted()).isEqualTo(1);
            inviterCode = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31647000900'");
        }
        long dueTotal;
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), pairingCode(store), "Figures till");
            CompletedSale first = till.context().checkout().payCash(TillSales.lines(journal, "LATTE"),
                    new CustomerAtTill.Anonymous(), 0, 1_000);
            CompletedSale second = till.context().checkout().payCash(TillSales.lines(journal, "ESPRESSO", "ESPRESSO"),
                    new CustomerAtTill.Anonymous(), 0, 1_000);
            // Fenna comes with Ines's code: a friend brought, Ines's bonus waiting for its window
            CompletedSale enrolled = TillSales.enroll(till.context(), "06 4700 0901", "Fenna", inviterCode,
                    (CardLink) null, "CHEESECAKE");
            assertThat(till.sync().syncOnce().accepted()).isEqualTo(3);
            dueTotal = first.priced().dueMinor() + second.priced().dueMinor() + enrolled.priced().dueMinor();
            // Fenna gives 2 stars from her receipt's QR: a low rating of a known customer, a call back due
            HttpResponse<String> rated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                    + "r/" + ReceiptToken.of(enrolled.record().saleId()))).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                    "stars=2&comment=cold&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rated.statusCode()).isEqualTo(303);
        }
        // the roll-up job folds the sales in within a few seconds
        waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM analytics_store_day WHERE store_id = ?"
                + " AND sales = 3", store) == 1, "the store's day in the roll-ups");

        Browser.logIn(browser, server, OWNER, PASSWORD);
        // the owner puts the store in a business line of its own from the store's settings
        String lineName = "Bakeries " + store.substring(0, 4);
        browser.findElement(By.id("nav-store")).click();
        Browser.submit(browser, browser.findElement(By.xpath("//div[@class='store'][span[text()='Figures Bakery']]"
                + "//input[@value='Settings']")));
        browser.findElement(By.id("store-settings:line")).sendKeys("x".repeat(61));
        Browser.submit(browser, browser.findElement(By.id("store-settings:save")));
        assertThat(browser.findElement(By.id("store-settings:line-error")).getText())
                .isEqualTo("A business line's name has at most 60 characters");
        browser.findElement(By.id("store-settings:line")).clear();
        browser.findElement(By.id("store-settings:line")).sendKeys("  " + lineName + " ");
        Browser.submit(browser, browser.findElement(By.id("store-settings:save")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Figures Bakery");
        String line = ServerFixture.text("SELECT line_id FROM store WHERE id = '" + store + "'");
        assertThat(ServerFixture.text("SELECT name FROM business_line WHERE id = '" + line + "'"))
                .isEqualTo(lineName);

        browser.findElement(By.id("nav-figures")).click();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("How the business is doing");
        browser.get(server + "admin/figures.xhtml?store=" + store);
        String revenue = String.format(Locale.UK, "€%,.2f", dueTotal / 100.0);
        assertThat(tile("revenue")).contains("Revenue", revenue, "Before: €0.00", "new",
                "Money paid for the period's sales, after discounts and points");
        assertThat(tile("sales")).contains("Sales\n3");
        // 1 of 3 sales had a customer; of the 3 sales to people not in the program (2 anonymous, 1 enrolling) 1
        // enrolled them
        assertThat(tile("identified")).contains("33.3 %", "Share of sales with a customer");
        assertThat(tile("enrollment")).contains("33.3 %", "not yet in the program");
        assertThat(tile("newCustomers")).contains("New customers\n1");
        assertThat(tile("sales")).contains("▲");
        assertThat(browser.findElement(By.cssSelector("#revenue-chart svg")).getDomAttribute("viewBox"))
                .isEqualTo("0.0 0.0 720.0 300.0");
        assertThat(browser.findElement(By.id("cashiers")).getText()).contains("Figures Bakery",
                "(not said by the till)", "3", "33.3 %", revenue);
        // the store's points; what the whole business owes, as measured within a minute of the server's start
        long pointsEarned = ServerFixture.count("SELECT SUM(points_earned) FROM sale WHERE store_id = ?", store);
        assertThat(pointsEarned).isPositive();
        assertThat(browser.findElement(By.id("points-issued")).getText()).isEqualTo(String.valueOf(pointsEarned));
        waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM analytics_points_day WHERE business_id = ?",
                business) > 0, "the points' first measure");
        browser.navigate().refresh();
        long outstanding = ServerFixture.count("SELECT outstanding_points FROM analytics_points_day"
                + " WHERE business_id = ? ORDER BY day DESC LIMIT 1", business);
        assertThat(browser.findElement(By.id("points-outstanding")).getText())
                .isEqualTo(String.format(Locale.UK, "%,d", outstanding));
        long pointValue = ServerFixture.count("SELECT JSON_VALUE(rules_json, '$.pointValueMinor') FROM program_version"
                + " WHERE business_id = ? ORDER BY version DESC LIMIT 1", business);
        assertThat(browser.findElement(By.id("points-liability")).getText())
                .isEqualTo(String.format(Locale.UK, "worth €%,.2f", outstanding * pointValue / 100.0));
        assertThat(browser.findElement(By.id("referral-joined")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("referral-first")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("referral-pending")).getText()).isEqualTo("1");
        waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM callback_task WHERE store_id = ?", store) == 1,
                "the low rating's call back");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("ratings")).getText()).contains("Figures Bakery 1 2.0 ★ 1 0.0 %");
        screenshot("figures-dashboard.png");

        // the business line holds only this store: the same figures
        browser.get(server + "admin/figures.xhtml?days=30&line=" + line);
        assertThat(tile("sales")).contains("Sales\n3");
        assertThat(browser.findElement(By.id("period")).getText()).startsWith("From ");

        // a store that is not the business's: said in words, the whole business shown
        browser.get(server + "admin/figures.xhtml?store=" + UUID.randomUUID());
        assertThat(browser.findElement(By.id("filter-error")).getText())
                .isEqualTo("That store is not one of yours; the whole business is shown.");

        // the cashiers' table as CSV, with the browser's session
        HttpResponse<String> csv = get("admin/figures.csv?table=cashiers&store=" + store);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).containsExactly(
                "\uFEFFstore,cashier,sales,identified_share,enrollments,enrollment_rate,revenue",
                "Figures Bakery,,3,0.3333,1,0.3333," + String.format(Locale.ROOT, "%.2f", dueTotal / 100.0));
        HttpResponse<String> bad = get("admin/figures.csv?table=everything");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("Ask for table=days, cashiers, referrals, ratings, rating-cashiers,"
                + " rating-weeks, campaigns, repeat, cohorts, segments, rfm-grid, segment-moves.\n");
        assertThat(get("admin/figures.csv?table=ratings&store=" + store).body().lines().toList()).containsExactly(
                "\uFEFFstore,ratings,average_stars,low,called_back_in_time_share", "Figures Bakery,1,2.00,1,0.0000");
        assertThat(get("admin/figures.csv?table=referrals&store=" + store).body())
                .contains("friends_joined,1", "first_purchases,1", "bonuses_waiting,1");
        assertThat(get("admin/figures.csv?table=days&store=" + store).body().lines()).hasSize(8);
        assertThat(get("admin/figures.csv?table=days&store=nope").body())
                .isEqualTo("That store is not one of yours.\n");

        // how many come back: this month's one new customer, not back yet, and the cohort's first month
        browser.get(server + "admin/retention.xhtml?store=" + store);
        assertThat(browser.findElement(By.id("repeat")).getText()).contains("1", "0.0 % so far");
        assertThat(browser.findElement(By.id("cohorts")).getText()).contains("Month 0", "100.0 %");
        assertThat(browser.findElements(By.cssSelector("#cohorts td.shade-4"))).hasSize(1);
        assertThat(get("admin/figures.csv?table=cohorts&store=" + store).body()).contains(",0,1,1,");
        // one customer (Fenna), one purchase: what she paid is what a customer is worth so far
        String fenna = ServerFixture.text("SELECT CAST(due_minor AS CHAR) FROM sale WHERE store_id = '" + store
                + "' AND customer_id IS NOT NULL");
        String worth = String.format(Locale.UK, "€%,.2f", Long.parseLong(fenna) / 100.0);
        assertThat(browser.findElement(By.id("value-ltv")).getText()).contains(worth, "less refunds");
        assertThat(browser.findElement(By.id("value-check")).getText()).contains(worth);
        assertThat(browser.findElement(By.id("value-visits")).getText()).contains("1.0");
        // nobody has had 12 months nor come twice yet
        assertThat(browser.findElement(By.id("value-ltv12")).getText()).contains("–");
        assertThat(browser.findElement(By.id("value-interval")).getText()).contains("–");
        screenshot("figures-retention.png");

        // printed on A4, the cohort table keeps its last months and its last column
        String printed = FigurePagesLayout.printedText(browser, "figures-retention-a4.pdf");
        assertThat(printed).contains("Month 11", "Revenue per customer so far");

        // a period that is not 7 or 30 days: said in words, 7 days shown; the CSV refuses it
        for (String period : new String[] {"abc", "-1", "0", "365", "x".repeat(5_000)}) {
            browser.get(server + "admin/figures.xhtml?store=" + store + "&days=" + period);
            assertThat(browser.findElement(By.id("filter-error")).getText())
                    .isEqualTo("A period is 7 or 30 days; the last 7 days are shown.");
            HttpResponse<String> refused = get("admin/figures.csv?table=days&days=" + period);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).isEqualTo("Ask for days=7 or days=30: a period is 7 or 30 days.\n");
        }
        browser.get(server + "admin/figures.xhtml?store=" + store + "&days=30");
        assertThat(browser.findElements(By.id("filter-error"))).isEmpty();
        // the owner asks for the tills' people of a store that is not the business's
        browser.get(server + "admin/tillstaff.xhtml?store=garbage");
        assertThat(browser.findElement(By.id("store-unknown")).getText())
                .startsWith("That store is not one of yours; the people of ").endsWith(" are shown.");
        // a POST to the CSV, a POST with a view state that is none of ours: 4xx in words
        HttpResponse<String> posted = send("admin/figures.csv?table=days", "x=1");
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("allow")).contains("GET, HEAD");
        assertThat(posted.body()).isEqualTo("This address only gives CSV files: ask with GET.\n");
        HttpResponse<String> junk = send("admin/figures.xhtml", "jakarta.faces.ViewState=junk");
        assertThat(junk.statusCode()).isEqualTo(409);
        assertThat(junk.body()).contains("This page has expired");

        // on a phone: no page wider than the screen, wide tables in boxes of their own
        FigurePagesLayout.fitsAPhone(browser, server, "admin/figures.xhtml?store=" + store,
                "admin/retention.xhtml?store=" + store, "admin/segments.xhtml");
        // and in Russian
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server + "admin/figures.xhtml?store=" + store);
        screenshot("figures-dashboard-phone.png");
        browser.findElement(By.id("lang-ru")).click();
        browser.get(server + "admin/figures.xhtml?store=" + store);
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Как идут дела");
        assertThat(tile("identified")).contains("Продажи с покупателем", "33,3 %");
        screenshot("figures-dashboard-ru.png");
    }

    private String tile(String id) {
        return browser.findElement(By.id("tile-" + id)).getText();
    }

    private HttpResponse<String> get(String path) throws Exception {
        String cookie = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String form) throws Exception {
        String cookie = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String pairingCode(String store) throws Exception {
        String code = "FIG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Connection db = TestDatabase.connect()) {
            execute(db, "INSERT INTO pairing_code (code_hash, store_id, expires_at) VALUES (?, ?, ?)",
                    Secrets.sha256Hex(TerminalRegistry.normalizeCode(code)), store,
                    LocalDateTime.ofInstant(Instant.now().plus(1, ChronoUnit.HOURS), ZoneOffset.UTC));
        }
        return code;
    }

    static void execute(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void waitFor(Check check, String what) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!check.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited a minute for " + what);
            }
            Thread.sleep(250);
        }
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
