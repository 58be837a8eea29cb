package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer rates a visit from the receipt's link (/r/{token}) on a phone-sized window, and a low rating becomes
 * a call back a manager takes and closes in the admin. Real till, Payara Micro, MariaDB and Chromium; every test
 * makes its own customers (phones +31 6 4700 00xx). All sends come from 127.0.0.1, whose limit is 30 in 10
 * minutes: the tests together stay under it.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class FeedbackIT {

    private static final String OWNER = "owner@demo.regulars.dev";
    private static final String PASSWORD = "regulars-demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;
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
    void aCustomerRatesAVisitTwoStarsOnAPhoneAndAManagerClosesTheCallBack() throws Exception {
        CompletedSale sale;
        try (Journal journal = Journal.open(dir.resolve("rate.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Rate till");
            sale = enroll(till.context(), "06 4700 0001", "Fenna", "LATTE");
            till.sync().syncOnce();
        }
        String token = ReceiptToken.of(sale.record().saleId());
        String customerId = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31647000001'");
        String code = ServerFixture.text("SELECT referral_code FROM customer WHERE id = '" + customerId + "'");
        long balanceBefore = ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server + "r/" + token + "?lang=en");
        assertThat(browser.findElement(By.id("visit")).getText()).startsWith("Canal Street · ").endsWith("€3.90");
        screenshot("rating-phone.png");
        browser.findElement(By.cssSelector("label[for='star-2']")).click();
        browser.findElement(By.id("comment")).sendKeys("The latte was cold");
        Browser.submit(browser, browser.findElement(By.id("send")));

        assertThat(browser.findElement(By.id("thanks")).getText()).isEqualTo("Thank you for rating your visit!");
        assertThat(browser.findElement(By.id("sorry")).getText())
                .isEqualTo("We are sorry it was not better. The manager will call you back.");
        assertThat(browser.findElement(By.id("referral")).getText()).contains(code);
        screenshot("rating-thanks.png");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM rating WHERE sale_id = ? AND stars = 2 AND customer_id = ?"
                + " AND comment = 'The latte was cold' AND attached_at IS NOT NULL", sale.record().saleId().toString(),
                customerId)).isEqualTo(1);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM callback_task WHERE rating_sale_id = ?"
                + " AND status = 'OPEN' AND due_at BETWEEN created_at + INTERVAL 23 HOUR AND created_at + INTERVAL 25 HOUR",
                sale.record().saleId().toString())).isEqualTo(1);

        // the manager's queue
        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.findElement(By.id("nav-callbacks")).click();
        WebElement listed = browser.findElement(By.xpath("//table[@id='callback-list']//tr[contains(., 'The latte was cold')]"));
        assertThat(listed.getText()).contains("Fenna", "+31 6 47000001", "★★☆☆☆", "1 × ", "Rate till", "open");
        listed.findElement(By.linkText("Open")).click();
        WebElement task = browser.findElement(By.id("task"));
        assertThat(task.getText()).contains("Fenna", "The latte was cold");
        Browser.submit(browser, task.findElement(By.cssSelector("input[value='Take']")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("You have this call back now.");
        assertThat(browser.findElement(By.id("task")).getText()).contains("taken by");
        // goodwill goes with a call that reached the customer
        recordCall("no answer, try again", "Voicemail", "50");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Goodwill points go with a call that reached the customer");
        recordCall("reached, resolved", "Apologised; a coffee on us next time", "50");
        screenshot("callbacks.png");
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Call back closed: reached, resolved.");
        assertThat(browser.findElements(By.xpath("//*[contains(., 'The latte was cold')]"))).isEmpty();
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM callback_task WHERE rating_sale_id = ? AND status = 'CLOSED'"
                + " AND outcome = 'RESOLVED' AND goodwill_points = 50 AND note = 'Apologised; a coffee on us next time'",
                sale.record().saleId().toString())).isEqualTo(1);
        assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId))
                .isEqualTo(balanceBefore + 50);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE customer_id = ? AND points = 50"
                + " AND entry_type = 'ADJUSTMENT' AND note = 'goodwill after a call back: reached, resolved'", customerId))
                .isEqualTo(1);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'CALLBACK_RECORDED'"
                + " AND subject = ?", sale.record().saleId().toString())).isEqualTo(1);

        // Fenna comes back: the report counts her among the reached who returned
        try (Journal journal = Journal.open(dir.resolve("return.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Return till");
            var phone = till.context().customerLookup().normalize("06 4700 0001");
            var fenna = till.context().customerLookup().find(phone).orElseThrow();
            till.context().checkout().payCash(lines(journal, "FLAT-WHITE"),
                    new CustomerAtTill.Known(phone, fenna.phoneHmac(), fenna), 0, 1_000);
            till.sync().syncOnce();
        }
        browser.get(server + "admin/callbacks.xhtml");
        assertThat(browser.findElement(By.id("callback-report")).getText())
                .startsWith("Last 90 days: ").contains("Came back within 30 / 60 days: reached 1 / 1 of 1,");
    }

    @Test
    void aRatingBeforeItsSaleArrivesIsKeptAndAnAnonymousVisitorMayAskToBeCalledBack() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("offline.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Offline rate till");
            // rung up and printed while the till is offline: the server has not seen the sale
            CompletedSale sale = till.context().checkout().payCash(lines(journal, "LATTE"),
                    new CustomerAtTill.Anonymous(), 0, 500);
            String token = ReceiptToken.of(sale.record().saleId());
            String saleId = sale.record().saleId().toString();

            assertThat(get("r/" + token + "?lang=en").body()).contains("Your visit");
            HttpResponse<String> sent = post("r/" + token, "stars=1&comment=&lang=en");
            assertThat(sent.statusCode()).isEqualTo(303);
            assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/r/" + token + "/thanks?lang=en");
            assertThat(get("r/" + token + "/thanks?lang=en").body()).contains("Thank you for rating your visit!")
                    .doesNotContain("call-me-back");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM rating WHERE sale_id = ? AND attached_at IS NULL",
                    saleId)).isEqualTo(1);

            till.sync().syncOnce();
            // the visit is known now: a visitor without a card is offered a call back
            String thanks = get("r/" + token + "/thanks?lang=en").body();
            assertThat(thanks).contains("Canal Street").contains("Leave your number and the manager will call you back.");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM callback_task WHERE rating_sale_id = ?", saleId))
                    .as("nobody to call yet").isZero();

            HttpResponse<String> noConsent = post("r/" + token + "/call-back", "phone=06+4700+0099&lang=en");
            assertThat(noConsent.statusCode()).isEqualTo(400);
            assertThat(noConsent.body()).contains("Tick the box so that we may call you.");
            HttpResponse<String> badPhone = post("r/" + token + "/call-back", "phone=12&consent=yes&lang=en");
            assertThat(badPhone.statusCode()).isEqualTo(400);
            assertThat(badPhone.body()).contains("is not a valid phone number");
            HttpResponse<String> saved = post("r/" + token + "/call-back", "phone=06+4700+0099&consent=yes&lang=en");
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(saved.body()).contains("Thank you: the manager will call you.");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM callback_task t JOIN rating r ON r.sale_id ="
                    + " t.rating_sale_id WHERE t.rating_sale_id = ? AND t.status = 'OPEN' AND t.customer_id IS NULL"
                    + " AND r.callback_phone = '+31647000099' AND r.callback_consent_at IS NOT NULL", saleId))
                    .isEqualTo(1);
        }
    }

    @Test
    void badLinksAreA404BadSendsSayWhatIsWrongAndARatingChangesOnlyForADay() throws Exception {
        assertThat(get("r/nothing").statusCode()).isEqualTo(404);
        assertThat(get("r/nothing").body()).isEqualTo("Not found");
        assertThat(get("r/" + ReceiptToken.of(new UUID(0, 0))).statusCode()).as("not a random id").isEqualTo(404);
        String token = ReceiptToken.of(UUID.randomUUID());
        assertThat(get("r/" + token + "/anything").statusCode()).isEqualTo(404);
        assertThat(post("r/" + token + "/thanks", "stars=3").statusCode()).isEqualTo(404);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server + "r/" + token))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        // no page takes PUT: 405 in words with what it does take (BadRequestFilter), whatever the token
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.body()).contains("This address does not take PUT requests.");
        assertThat(put.headers().firstValue("allow").orElse("")).contains("GET").contains("POST");

        HttpResponse<String> noStars = post("r/" + token, "stars=7&comment=hi&lang=en");
        assertThat(noStars.statusCode()).isEqualTo(400);
        assertThat(noStars.body()).contains("Choose 1 to 5 stars.").contains(">hi</textarea>");
        HttpResponse<String> tooLong = post("r/" + token, "stars=3&comment=" + "x".repeat(1001) + "&lang=en");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("A comment has at most 1000 characters.");
        HttpResponse<String> script = post("r/" + token, "stars=0&comment=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(script.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");

        assertThat(post("r/" + token, "stars=4&lang=en").statusCode()).isEqualTo(303);
        HttpResponse<String> again = post("r/" + token, "stars=5&lang=en");
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("updated=1");
        assertThat(ServerFixture.count("SELECT stars FROM rating WHERE sale_id = ?", uuidOf(token))).isEqualTo(5);
        ServerFixture.update("UPDATE rating SET created_at = created_at - INTERVAL 25 HOUR WHERE sale_id = '"
                + uuidOf(token) + "'");
        HttpResponse<String> late = post("r/" + token, "stars=1&lang=en");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("You rated this visit already. Thank you!");
        assertThat(ServerFixture.count("SELECT stars FROM rating WHERE sale_id = ?", uuidOf(token))).isEqualTo(5);

        // the page speaks the browser's language, and the switch overrides it
        HttpResponse<String> russian = HTTP.send(HttpRequest.newBuilder(URI.create(server + "r/" + token))
                .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(russian.body()).contains("Спасибо за оценку!", "lang=\"ru\"").doesNotContain("Your visit");
        assertThat(get("r/" + token + "?lang=nl&edit=1").body()).contains("Beoordeel je bezoek", "Je bezoek");

        // sends to one receipt are limited: ten in ten minutes
        String busy = ReceiptToken.of(UUID.randomUUID());
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = post("r/" + busy, "stars=3&lang=en").statusCode();
        }
        assertThat(last).isEqualTo(429);
    }

    @Test
    void theQueuePagesTwentyFiveAtATimeInDueOrderWithEachTaskOnce() throws Exception {
        int tasks = 27;
        try (Journal journal = Journal.open(dir.resolve("queue.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Call-back queue till");
            for (int i = 0; i < tasks; i++) {
                till.context().checkout().payCash(lines(journal, "ESPRESSO"), new CustomerAtTill.Anonymous(), 0, 500);
            }
            till.sync().syncOnce();
        }
        // a low rating with a number to call for each visit, due later than any other test's task
        ServerFixture.update("INSERT INTO rating (sale_id, stars, comment, language, created_at, updated_at,"
                + " business_id, store_id, attached_at, callback_phone, callback_consent_at)"
                + " SELECT s.id, 1, CONCAT('queue-', LPAD(ROW_NUMBER() OVER (ORDER BY s.id), 2, '0')), 'en', NOW(6),"
                + " NOW(6), st.business_id, s.store_id, NOW(6), '+31647009999', NOW(6)"
                + " FROM sale s JOIN terminal t ON t.id = s.terminal_id JOIN store st ON st.id = s.store_id"
                + " WHERE t.name = 'Call-back queue till'");
        ServerFixture.update("INSERT INTO callback_task (rating_sale_id, business_id, store_id, created_at, due_at,"
                + " status) SELECT r.sale_id, r.business_id, r.store_id, NOW(6), NOW(6) + INTERVAL 30 DAY"
                + " + INTERVAL CAST(SUBSTRING(r.comment, 7) AS SIGNED) MINUTE, 'OPEN' FROM rating r"
                + " WHERE r.comment LIKE 'queue-%'");

        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.findElement(By.id("nav-callbacks")).click();
        java.util.List<String> seen = new java.util.ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            var rows = browser.findElements(By.cssSelector("#callback-list tr"));
            assertThat(rows).hasSizeLessThanOrEqualTo(25);
            rows.stream().map(r -> r.findElement(By.cssSelector("td.comment")).getText())
                    .filter(text -> text.startsWith("queue-")).map(text -> text.substring(0, 8)).forEach(seen::add);
            var later = browser.findElements(By.id("later"));
            if (later.isEmpty()) {
                break;
            }
            later.get(0).click();
            assertThat(pages).as("the pages end").isLessThan(20);
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).as("every task once, due first at the top").hasSize(tasks).isSorted().doesNotHaveDuplicates();
        assertThat(browser.findElement(By.id("first")).getText()).isEqualTo("Due first");
    }

    private void recordCall(String outcome, String note, String points) {
        WebElement task = browser.findElement(By.id("task"));
        new Select(task.findElement(By.id("task:outcome"))).selectByVisibleText(outcome);
        task.findElement(By.id("task:note")).clear();
        task.findElement(By.id("task:note")).sendKeys(note);
        task.findElement(By.id("task:goodwill")).clear();
        task.findElement(By.id("task:goodwill")).sendKeys(points);
        Browser.submit(browser, task.findElement(By.id("task:record")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param form already encoded as application/x-www-form-urlencoded */
    private HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uuidOf(String token) {
        return ReceiptToken.saleId(token).orElseThrow().toString();
    }

    private static CompletedSale enroll(TillContext till, String phone, String firstName, String sku) {
        return TillSales.enroll(till, phone, firstName, null, null, sku);
    }

    private static java.util.List<dev.regulars.core.pricing.CheckLine> lines(Journal journal, String... skus) {
        return TillSales.lines(journal, skus);
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }
}
