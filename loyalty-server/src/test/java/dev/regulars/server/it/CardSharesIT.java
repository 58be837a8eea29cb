package dev.regulars.server.it;

import static dev.regulars.server.it.ProgramFiguresIT.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.server.platform.Secrets;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Codes shared from the card page, counted: in Chromium the card page's copy button (headless Chromium has no share
 * sheet; the share button falls back to the same copy) copies the friend's link and the page's beacon adds one to
 * the store's day (card_share_day); a reload and a second click, and beacons sent by hand, the same day do not count
 * again; the Figures page shows "Codes shared" first in the referral funnel. Bad requests answer 4xx in words.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class CardSharesIT {

    private final URL server = SharedServer.url();
    private final String store = UUID.randomUUID().toString();
    private final String customer = UUID.randomUUID().toString();
    /** 22 characters of base64url, as a card link's token is. */
    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 22);

    @AfterEach
    void tidyUp() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("DELETE FROM card_page_link WHERE customer_id = '" + customer + "'");
            st.execute("DELETE FROM customer WHERE id = '" + customer + "'");
            st.execute("DELETE FROM card_share_day WHERE store_id = '" + store + "'");
            st.execute("DELETE FROM store WHERE id = '" + store + "'");
        }
    }

    @Test
    void aCopiedLinkCountsOnceACardADayAndTheFiguresPageShowsIt() throws Exception {
        String business = ServerFixture.text("SELECT business_id FROM store LIMIT 1");
        String code = "S" + store.substring(0, 5).toUpperCase(java.util.Locale.ROOT);
        try (Connection db = TestDatabase.connect()) {
            db.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0");
            execute(db, "INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at)"
                    + " VALUES (?, ?, 'Share Cafe', 'EUR', 'NL', 'Europe/Amsterdam', NOW(6))", store, business);
            execute(db, "INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name, points_balance,"
                    + " visits, total_spend_minor, enrolled_at, change_seq, referral_code, last_store_id)"
                    + " VALUES (?, ?, ?, ?, 'Sanne', 0, 0, 0, NOW(6), 0, ?, ?)", customer, business,
                    "+3166" + (int) (Math.random() * 1e7), "s".repeat(43), code, store);
            execute(db, "INSERT INTO card_page_link (token_sha256, business_id, customer_id, created_at)"
                    + " VALUES (?, ?, ?, NOW(6))", Secrets.sha256Hex(token), business, customer);
        }
        String card = server + "c/" + token;
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.toString()
                    .replaceAll("/$", ""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.get(card);
            assertThat(browser.findElement(By.id("referral-code")).getText()).isEqualTo(code);
            assertThat(shares()).isZero();
            browser.findElement(By.id("copy")).click();
            assertThat(browser.findElement(By.id("copied")).isDisplayed()).isTrue();
            awaitShares(1);
            screenshot(browser, "card-shared.png");
            // a reload and both buttons again the same day: still one
            browser.navigate().refresh();
            browser.findElement(By.id("copy")).click();
            boolean sheet = (Boolean) browser.executeScript("return !!navigator.share");
            if (!sheet) { // without a share sheet the share button copies and tells the server too
                browser.findElement(By.id("share")).click();
            }
            assertThat(browser.findElement(By.id("copied")).isDisplayed()).isTrue();
            Thread.sleep(2_000);
            assertThat(shares()).isOne();
        } finally {
            browser.quit();
        }
        HttpClient http = HttpClient.newHttpClient();
        assertThat(post(http, card + "/share").statusCode()).isEqualTo(204);
        assertThat(shares()).isOne();

        // bad requests, in words: a GET of the beacon, an unknown link
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(card + "/share")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).contains("id=\"wrong-method\"");
        HttpResponse<String> unknown = post(http, server + "c/" + "x".repeat(30) + "/share");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"unknown-card\"");

        // the Figures page: one code shared at the store today, the funnel's first step, with its definition
        ChromeDriver owner = Browser.start();
        try {
            Browser.logIn(owner, server, "owner@demo.regulars.dev", "regulars-demo");
            owner.get(server + "admin/figures.xhtml?store=" + store);
            assertThat(owner.findElement(By.id("referral-shared")).getText()).isEqualTo("1");
            assertThat(owner.findElement(By.cssSelector("#referrals .tile")).getText())
                    .startsWith("Codes shared").contains("at most once a card a day");
            String cookie = owner.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server
                    + "admin/figures.csv?table=referrals&store=" + store)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(csv.body().lines().toList()).contains("codes_shared,1", "links_opened,0");
            owner.executeScript("document.getElementById('referrals').scrollIntoView()");
            screenshot(owner, "figures-codes-shared.png");
        } finally {
            owner.quit();
        }

        // one address sending beacons without end: after 30 in the hour, 429 in words
        HttpResponse<String> last = null;
        for (int i = 0; i < 31 && (last == null || last.statusCode() == 204); i++) {
            last = post(http, card + "/share");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("id=\"too-many\"");
        assertThat(shares()).isOne();
    }

    private long shares() throws Exception {
        return ServerFixture.count("SELECT COALESCE(SUM(shares), 0) FROM card_share_day WHERE store_id = ?", store);
    }

    private void awaitShares(long expected) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (shares() != expected && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(shares()).isEqualTo(expected);
    }

    private static HttpResponse<String> post(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshot(ChromeDriver browser, String file) throws Exception {
        Path target = Path.of("target", file);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
