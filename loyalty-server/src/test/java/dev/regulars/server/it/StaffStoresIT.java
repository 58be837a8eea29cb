package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.sync.CardLink;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff limited to some stores, in a real Chromium against real tills' sales: the owner invites a manager for the
 * bakery only (and is told in words when no store is chosen); she sees only the bakery's figures, dashboard, CSV,
 * call backs, tills and sales; a link or a post naming the café is refused in words and shows nothing of it;
 * business-wide pages are shut to her; the owner still sees both stores. Screenshots
 * loyalty-server/target/staff-stores-*.png.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class StaffStoresIT {

    private static final String OWNER = DemoBusinessSeed.OWNER_EMAIL;
    private static final String PASSWORD = DemoBusinessSeed.OWNER_PASSWORD;

    private final URL server = SharedServer.url();
    @TempDir
    Path tillDir;
    private ChromeDriver browser;

    @Test
    void aManagerOfTheBakerySeesOnlyTheBakeryAndTheOwnerSeesBoth() throws Exception {
        browser = Browser.start();
        try {
            limitedManager();
        } finally {
            browser.quit();
        }
    }

    private void limitedManager() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String bakery = UUID.randomUUID().toString();
        String cafe = UUID.randomUUID().toString();
        String bakeryName = "Roles Bakery " + tag;
        String cafeName = "Roles Café " + tag;
        try (Connection db = TestDatabase.connect()) {
            for (String[] store : new String[][] {{bakery, bakeryName}, {cafe, cafeName}}) {
                FiguresIT.execute(db, "INSERT INTO store (id, business_id, name, currency, phone_region, zone_id,"
                        + " created_at) VALUES (?, ?, ?, 'EUR', 'NL', 'Europe/Amsterdam', NOW(6))", store[0],
                        business, store[1]);
            }
        }
        // the bakery: one sale, Bea's, rated 2 stars; the café: an anonymous sale and Cem's, rated 1 star
        long bakeryTask;
        long cafeTask;
        try (Journal journal = Journal.open(tillDir.resolve("bakery.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), FiguresIT.pairingCode(bakery), "Bakery till");
            CompletedSale bea = TillSales.enroll(till.context(), phone(), "Bea", null, (CardLink) null, "CHEESECAKE");
            assertThat(till.sync().syncOnce().accepted()).isEqualTo(1);
            rate(bea, 2, "dry");
        }
        try (Journal journal = Journal.open(tillDir.resolve("cafe.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), FiguresIT.pairingCode(cafe), "Café till");
            till.context().checkout().payCash(TillSales.lines(journal, "LATTE"), new CustomerAtTill.Anonymous(), 0,
                    1_000);
            CompletedSale cem = TillSales.enroll(till.context(), phone(), "Cem", null, (CardLink) null, "ESPRESSO");
            assertThat(till.sync().syncOnce().accepted()).isEqualTo(2);
            rate(cem, 1, "cold");
        }
        FiguresIT.waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM analytics_store_day WHERE store_id IN (?, ?)"
                + " AND sales > 0", bakery, cafe) == 2, "both stores' days in the roll-ups");
        FiguresIT.waitFor(() -> ServerFixture.count("SELECT COUNT(*) FROM callback_task WHERE store_id IN (?, ?)",
                bakery, cafe) == 2, "the two call backs");
        bakeryTask = ServerFixture.count("SELECT id FROM callback_task WHERE store_id = ?", bakery);
        cafeTask = ServerFixture.count("SELECT id FROM callback_task WHERE store_id = ?", cafe);

        // the owner invites Mira for the bakery only; choosing "only these stores" and ticking none is refused
        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.get(server + "admin/staff.xhtml");
        String mira = "mira-" + tag + "@example.test";
        fillInvitation("Mira " + tag, mira);
        pick("invite", "some");
        Browser.submit(browser, browser.findElement(By.id("invite:send-invitation")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Tick at least one store or choose a"
                + " business line, or choose \"All stores\"");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_user WHERE email = ?", mira)).isZero();
        fillInvitation("Mira " + tag, mira);
        pick("invite", "some");
        tick("invite", bakeryName);
        Browser.submit(browser, browser.findElement(By.id("invite:send-invitation")));
        assertThat(browser.findElement(By.id("messages")).getText()).startsWith("Invitation e-mailed to");
        String link = browser.findElement(By.id("invitation-link")).getText();
        assertThat(row("Mira " + tag)).contains("MANAGER", "invited", bakeryName).doesNotContain(cafeName);
        assertThat(ServerFixture.text("SELECT s.store_id FROM staff_user_store s JOIN staff_user u ON u.id ="
                + " s.staff_id WHERE u.email = '" + mira + "'")).isEqualTo(bakery);
        screenshot("staff-stores-invite.png");
        // the owner cannot be limited: no button on owners' rows
        assertThat(browser.findElements(By.xpath("//tr[td[3][normalize-space()='OWNER']]//input[@value='Stores…']")))
                .isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(server + "staff/welcome?token=" + link.replaceAll(".*token=", ""));
        browser.findElement(By.id("password")).sendKeys("bread-and-butter");
        browser.findElement(By.id("repeat")).sendKeys("bread-and-butter");
        Browser.submit(browser, browser.findElement(By.id("set-password")));
        Browser.logIn(browser, server, mira, "bread-and-butter");

        // today: the bakery's one sale, her call back
        assertThat(browser.findElement(By.id("today-sales")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("today-callbacks")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.id("nav-campaigns"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-catalog"))).isEmpty();

        // figures: her stores only, said so; the business's points owed are not hers to see
        browser.get(server + "admin/figures.xhtml");
        assertThat(browser.findElement(By.id("limited")).getText()).isEqualTo("These figures are for your stores only"
                + " (" + bakeryName + "), not for the whole business.");
        assertThat(new Select(browser.findElement(By.id("store"))).getOptions().stream().map(WebElement::getText)
                .toList()).containsExactly("All", bakeryName);
        assertThat(tile("sales")).contains("Sales\n1");
        assertThat(tile("newCustomers")).contains("New customers\n1");
        assertThat(browser.findElements(By.id("points-outstanding"))).isEmpty();
        assertThat(browser.findElement(By.id("ratings")).getText()).contains(bakeryName).doesNotContain(cafeName);
        screenshot("staff-stores-figures.png");
        // a link naming the café: refused in words, her stores shown
        browser.get(server + "admin/figures.xhtml?store=" + cafe);
        assertThat(browser.findElement(By.id("filter-error")).getText()).isEqualTo("That store is not one of the"
                + " stores you see; the figures of your stores are shown.");
        assertThat(tile("sales")).contains("Sales\n1");
        assertThat(browser.findElement(By.id("cashiers")).getText()).contains(bakeryName).doesNotContain(cafeName);
        browser.get(server + "admin/retention.xhtml?store=" + cafe);
        assertThat(browser.findElement(By.id("filter-error")).getText()).startsWith("That store is not one of");
        // the CSV: the café refused with a 400, unfiltered only the bakery
        HttpResponse<String> refused = get("admin/figures.csv?table=cashiers&store=" + cafe);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("That store is not one of the stores you see.\n");
        List<String> cashiers = get("admin/figures.csv?table=cashiers").body().lines().toList();
        assertThat(cashiers).hasSize(2);
        assertThat(cashiers.get(1)).startsWith(bakeryName + ",");

        // call backs: the bakery's listed, the café's neither listed nor opened nor taken by a changed post
        browser.get(server + "admin/callbacks.xhtml");
        assertThat(browser.findElement(By.id("callback-list")).getText()).contains("Bea", bakeryName)
                .doesNotContain("Cem", cafeName);
        screenshot("staff-stores-callbacks.png");
        browser.get(server + "admin/callbacks.xhtml?task=" + cafeTask);
        assertThat(browser.findElements(By.id("task-panel"))).isEmpty();
        browser.get(server + "admin/callbacks.xhtml?task=" + bakeryTask);
        browser.executeScript("document.querySelector('input[name=taskId]').value = arguments[0]",
                String.valueOf(cafeTask));
        Browser.submit(browser, browser.findElement(By.id("task:take")));
        assertThat(ServerFixture.text("SELECT status FROM callback_task WHERE id = " + cafeTask)).isEqualTo("OPEN");
        assertThat(ServerFixture.text("SELECT status FROM callback_task WHERE id = " + bakeryTask)).isEqualTo("OPEN");
        browser.get(server + "admin/callbacks.xhtml?task=" + bakeryTask);
        Browser.submit(browser, browser.findElement(By.id("task:take")));
        assertThat(ServerFixture.text("SELECT status FROM callback_task WHERE id = " + bakeryTask)).isEqualTo("TAKEN");

        // tills and sales: the bakery's only; till staff of the café refused in words
        browser.get(server + "admin/store.xhtml");
        assertThat(browser.findElement(By.id("tills")).getText()).contains("Bakery till").doesNotContain("Café till");
        assertThat(browser.findElement(By.id("sales")).getText()).contains(bakeryName).doesNotContain(cafeName);
        assertThat(browser.findElements(By.id("expire-points"))).isEmpty();
        browser.get(server + "admin/tillstaff.xhtml?store=" + cafe);
        assertThat(browser.findElement(By.id("store-refused")).getText()).isEqualTo("That store is not one of the"
                + " stores you see; ask the owner if it should be");
        assertThat(browser.findElement(By.id("store-name")).getText()).isEqualTo(bakeryName);
        // business-wide pages are not hers, whatever the address
        browser.get(server + "admin/catalog.xhtml");
        assertThat(browser.findElement(By.id("forbidden")).getText()).contains("only some stores");
        browser.get(server + "admin/messages.xhtml");
        assertThat(browser.findElement(By.id("forbidden")).isDisplayed()).isTrue();

        // the owner still sees both, and frees Mira: at her next click she sees every store
        ChromeDriver owner = Browser.start();
        try {
            Browser.logIn(owner, server, OWNER, PASSWORD);
            owner.get(server + "admin/figures.xhtml?store=" + cafe);
            assertThat(owner.findElements(By.id("filter-error"))).isEmpty();
            assertThat(owner.findElement(By.id("tile-sales")).getText()).contains("Sales\n2");
            assertThat(new Select(owner.findElement(By.id("store"))).getOptions().stream().map(WebElement::getText)
                    .toList()).contains(bakeryName, cafeName);
            owner.get(server + "admin/callbacks.xhtml");
            assertThat(owner.findElement(By.id("callback-list")).getText()).contains(bakeryName, cafeName);
            owner.get(server + "admin/staff.xhtml");
            Browser.submit(owner, owner.findElement(By.xpath("//tr[td[1][normalize-space()='Mira " + tag + "']]"
                    + "//input[@value='Stores…']")));
            owner.findElement(By.xpath("//form[@id='staff-stores']//input[@type='radio' and @value='all']")).click();
            Browser.submit(owner, owner.findElement(By.id("staff-stores:save-stores")));
            assertThat(owner.findElement(By.id("messages")).getText()).startsWith("The stores are changed");
            assertThat(owner.findElement(By.xpath("//tr[td[1][normalize-space()='Mira " + tag + "']]")).getText())
                    .contains("All stores");
        } finally {
            owner.quit();
        }
        browser.get(server + "admin/figures.xhtml?store=" + cafe);
        assertThat(browser.findElements(By.id("filter-error"))).isEmpty();
        assertThat(browser.findElements(By.id("limited"))).isEmpty();
        assertThat(tile("sales")).contains("Sales\n2");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'staff.stores'"
                + " AND details LIKE ?", mira + "%")).isEqualTo(1);
    }

    private void fillInvitation(String name, String email) {
        browser.findElement(By.id("invite:name")).clear();
        browser.findElement(By.id("invite:name")).sendKeys(name);
        browser.findElement(By.id("invite:email")).clear();
        browser.findElement(By.id("invite:email")).sendKeys(email);
        new Select(browser.findElement(By.id("invite:role"))).selectByValue("MANAGER");
    }

    private void pick(String form, String reach) {
        browser.findElement(By.xpath("//form[@id='" + form + "']//input[@type='radio' and @value='" + reach + "']"))
                .click();
    }

    private void tick(String form, String storeName) {
        browser.findElement(By.xpath("//form[@id='" + form + "']//label[normalize-space()='" + storeName
                + "']/preceding-sibling::input[1]")).click();
    }

    private String row(String name) {
        return browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText();
    }

    private String tile(String id) {
        return browser.findElement(By.id("tile-" + id)).getText();
    }

    private void rate(CompletedSale sale, int stars, String comment) throws Exception {
        HttpResponse<String> rated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                + "r/" + ReceiptToken.of(sale.record().saleId()))).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "stars=" + stars + "&comment=" + comment + "&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rated.statusCode()).isEqualTo(303);
    }

    /** A Dutch mobile number of its own, so a run again on the same database enrolls someone new. */
    private static String phone() {
        return String.format("06 48%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return Browser.fetch(browser, server, path);
    }

    private void screenshot(String name) throws Exception {
        Browser.screenshot(browser, name);
    }
}
