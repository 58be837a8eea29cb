package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 11's customer pages on a phone-sized Chromium: joining at a store with the code the SMS gateway received, the
 * card page, getting the card back with the same phone, a new link, and deleting one's data, after which a till's
 * cache forgets the customer at its next pull. Every form's bad input gets a 4xx that says what is wrong. Phones
 * +31 6 4900 00xx; a local HTTP SMS gateway records what the server sends, as in MessagingIT.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class JoinAndCardIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final java.util.Set<String> READ = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern CODE = Pattern.compile("\"to\":\"(\\+\\d+)\",\"text\":\"(\\d{6}) is your code");
    private static HttpServer gateway;

    private final URL server = SharedServer.url();
    @TempDir
    Path dir;

    @BeforeAll
    static void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", TestDatabase.smsGatewayPort()), 0);
        gateway.createContext("/send", exchange -> {
            SMS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void aCustomerJoinsOnAPhoneGetsTheCardBackMakesANewLinkAndDeletesTheirData() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        ChromeDriver browser = Browser.start();
        try (Journal journal = Journal.open(dir.resolve("till.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Join till");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(server + "join/" + store + "?lang=en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Join Regulars Demo Café · Canal Street");
            small(browser);
            screenshot(browser, "join-phone.png");
            browser.findElement(By.id("phone")).sendKeys("12");
            Browser.submit(browser, browser.findElement(By.id("send-code")));
            assertThat(browser.findElement(By.id("phone-error")).getText())
                    .isEqualTo("\"12\" is not a phone number in Netherlands: check the number of digits, or add your country code"
                            + " (such as +44) for a number from another country.");
            browser.findElement(By.id("phone")).clear();
            browser.findElement(By.id("phone")).sendKeys("06 4900 0001");
            Browser.submit(browser, browser.findElement(By.id("send-code")));
            assertThat(browser.findElement(By.id("sent")).getText()).contains("valid for 10 minutes")
                    .contains("+31 6 49000001");
            screenshot(browser, "join-code.png");
            String code = smsCode("+31649000001");
            assertThat(SMS).as("a sign-in code is no marketing: no unsubscribe line").noneMatch(b -> b.contains("/u/"));
            browser.findElement(By.id("code")).sendKeys(code.equals("000000") ? "111111" : "000000");
            Browser.submit(browser, browser.findElement(By.id("check-code")));
            assertThat(browser.findElement(By.id("code-error")).getText())
                    .isEqualTo("This code is not right. 4 more tries left.");
            browser.findElement(By.id("code")).sendKeys(code);
            Browser.submit(browser, browser.findElement(By.id("check-code")));

            // the details: a birthday that does not exist is refused, with what was typed kept
            browser.findElement(By.id("firstName")).sendKeys("Anouk");
            browser.findElement(By.id("day")).sendKeys("31");
            new Select(browser.findElement(By.id("month"))).selectByVisibleText("February");
            browser.findElement(By.id("sms")).click();
            screenshot(browser, "join-details.png");
            Browser.submit(browser, browser.findElement(By.id("join")));
            assertThat(browser.findElement(By.id("birthday-error")).getText())
                    .isEqualTo("This is not a date: choose a day and a month that go together.");
            assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Anouk");
            browser.findElement(By.id("day")).clear();
            browser.findElement(By.id("day")).sendKeys("12");
            new Select(browser.findElement(By.id("month"))).selectByVisibleText("May");
            Browser.submit(browser, browser.findElement(By.id("join")));

            // the card
            assertThat(browser.getCurrentUrl()).matches(".*/c/[A-Za-z0-9_-]{22}");
            String token = browser.getCurrentUrl().replaceAll(".*/c/", "");
            String customerId = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649000001'");
            long balance = ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Anouk!");
            assertThat(browser.findElement(By.cssSelector("#balance .big")).getText()).isEqualTo(balance + " points");
            assertThat(browser.findElement(By.id("tier")).getText()).startsWith("Your tier: ");
            assertThat(browser.findElement(By.id("card-number")).getText()).matches("RC \\d{4} \\d{4} \\d{4}");
            String referral = ServerFixture.text("SELECT referral_code FROM customer WHERE id = '" + customerId + "'");
            assertThat(browser.findElement(By.id("referral-link")).getText())
                    .endsWith("/join/" + store + "?ref=" + referral);
            assertThat(SvgQr.read(browser.findElement(By.id("referral-qr")).getAttribute("outerHTML")))
                    .isEqualTo(browser.findElement(By.id("referral-link")).getText());
            assertThat(browser.findElements(By.id("wallet-apple"))).as("no wallet settings").isEmpty();
            assertThat(browser.findElement(By.id("redeem-qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
            small(browser);
            screenshot(browser, "card.png");
            browser.executeScript("document.getElementById('referral').scrollIntoView()");
            screenshot(browser, "card-referral.png");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE id = ? AND first_name = 'Anouk'"
                    + " AND birthday_month = 5 AND birthday_day = 12 AND language = 'en'", customerId)).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent WHERE customer_id = ? AND"
                    + " source = 'phone page at Canal Street' AND granted = (channel = 'SMS')", customerId)).isEqualTo(3);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE customer_id = ? AND kind = 'WALLET'",
                    customerId)).isEqualTo(1);
            // the rotating QR is what a till's scanner reads to let her pay with points
            String scanned = SvgQr.read(get("c/" + token + "/redeem.svg").body());
            assertThat(scanned).matches("RGR1:\\d{12}:\\d{8}");
            IdentifiedCustomer byCode = SyncClient.paired(server.toString(), till.identity().token())
                    .identify(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, scanned));
            assertThat(byCode.customerId()).hasToString(customerId);
            assertThat(byCode.canRedeem()).isTrue();

            // the till learns her; the same phone gets the same card back, never a second customer
            till.sync().syncOnce();
            String hmac = ServerFixture.text("SELECT phone_hmac FROM customer WHERE id = '" + customerId + "'");
            assertThat(journal.customers().byPhoneHmac(hmac)).isPresent();
            String again = join(store, "+31 6 49000001", "");
            assertThat(again).matches(".*/c/[A-Za-z0-9_-]{22}");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = '+31649000001'")).isEqualTo(1);

            // consents, then a new link: the old ones stop working
            browser.findElement(By.id("email")).click();
            Browser.submit(browser, browser.findElement(By.id("save-consents")));
            assertThat(browser.findElement(By.id("emailAddress-error")).getText())
                    .isEqualTo("Give your e-mail address to get e-mails.");
            browser.findElement(By.id("emailAddress")).sendKeys("anouk@example.test");
            Browser.submit(browser, browser.findElement(By.id("save-consents")));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Saved.");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent WHERE customer_id = ? AND"
                    + " channel = 'EMAIL' AND granted AND source = 'card page'", customerId)).isEqualTo(1);
            Browser.submit(browser, browser.findElement(By.id("new-link")));
            String newToken = browser.getCurrentUrl().replaceAll(".*/c/", "").replaceAll("\\?.*", "");
            assertThat(newToken).isNotEqualTo(token).matches("[A-Za-z0-9_-]{22}");
            HttpResponse<String> old = get("c/" + token);
            assertThat(old.statusCode()).isEqualTo(404);
            assertThat(old.body()).contains("This link does not work (any more).");
            assertThat(get(again.replaceAll(".*/c/", "c/")).statusCode()).isEqualTo(404);

            // delete my data, confirmed
            browser.findElement(By.id("delete")).click();
            screenshot(browser, "delete-confirm.png");
            Browser.submit(browser, browser.findElement(By.id("erase")));
            assertThat(browser.findElement(By.id("confirm-error")).getText()).isEqualTo("Tick the box to confirm.");
            browser.findElement(By.id("confirm")).click();
            Browser.submit(browser, browser.findElement(By.id("erase")));
            assertThat(browser.findElement(By.id("deleted")).getText()).startsWith("Your data is deleted.");
            screenshot(browser, "deleted.png");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE id = ? AND phone_e164 IS NULL AND"
                    + " phone_hmac IS NULL AND first_name IS NULL AND birthday_month IS NULL AND email IS NULL AND"
                    + " referral_code IS NULL AND erased_at IS NOT NULL", customerId)).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE customer_id = ?", customerId)).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent WHERE customer_id = ?", customerId)).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM card_page_link WHERE customer_id = ?", customerId)).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE customer_id = ?", customerId))
                    .as("the books keep the anonymous entries").isPositive();
            assertThat(get("c/" + newToken).statusCode()).isEqualTo(404);
            till.sync().syncOnce();
            assertThat(journal.customers().byPhoneHmac(hmac)).as("the till forgot her").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void everyBadInputGetsA4xxThatSaysWhatIsWrongAndAFriendsLinkMakesAReferral() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        HttpResponse<String> unknownStore = get("join/00000000-0000-0000-0000-000000000000?lang=en");
        assertThat(unknownStore.statusCode()).isEqualTo(404);
        assertThat(unknownStore.body()).contains("We do not know this store.");
        assertThat(get("join/nonsense").statusCode()).isEqualTo(404);
        assertThat(get("c/AAAAAAAAAAAAAAAAAAAAAA?lang=en").body()).contains("This link does not work (any more).");
        assertThat(get("c/short").statusCode()).isEqualTo(404);
        HttpResponse<String> badPhone = post("join/" + store, "phone=%2B1+23&lang=en");
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.body()).contains("is not a phone number");

        // an expired code
        String expired = codeStep(store, "+31649000011");
        ServerFixture.update("UPDATE phone_code SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE phone_e164 = '+31649000011'");
        HttpResponse<String> late = post(expired, "code=" + smsCode("+31649000011") + "&lang=en");
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This code has expired. Ask for a new one.");

        // too many wrong tries lock the code, even the right one after them
        String locked = codeStep(store, "+31649000012");
        String right = smsCode("+31649000012");
        String wrong = right.equals("123456") ? "654321" : "123456";
        int status = 0;
        for (int i = 0; i < 5; i++) {
            status = post(locked, "code=" + wrong + "&lang=en").statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> afterLock = post(locked, "code=" + right + "&lang=en");
        assertThat(afterLock.statusCode()).isEqualTo(429);
        assertThat(afterLock.body()).contains("Too many wrong codes: this one is locked.");

        // at most three codes a phone in ten minutes
        String phone = "phone=%2B31649000013&lang=en";
        for (int i = 0; i < 3; i++) {
            assertThat(post("join/" + store, phone).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> fourth = post("join/" + store, phone);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Too many tries.");

        // a friend's link: the code is carried to the details, an unknown code is refused there
        String inviter = join(store, "+31649000014", "");
        String inviterCode = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31649000014'");
        assertThat(inviter).contains("/c/");
        // the friend's link says who invites and what each gets (the demo program: 20 % up to 3.00, 100 points)
        assertThat(get("join/" + store + "?ref=" + inviterCode + "&lang=en").body())
                .contains("Friend invited you: you get 20% (up to €3.00) off your first purchase, and Friend gets 100"
                        + " bonus points when you make it.");
        // an unknown code is said once on the phone step and neither carried nor prefilled
        freshAddressLimits();
        HttpResponse<String> unknownRef = get("join/" + store + "?ref=ZZZZZZ&lang=en");
        assertThat(unknownRef.body()).contains("We do not know the friend&#39;s code &quot;ZZZZZZ&quot;")
                .contains("name=\"ref\" value=\"\"");
        String unknownDetails = detailsStep(store, "+31649000016", "ZZZZZZ");
        assertThat(get(unknownDetails + "&lang=en").body()).contains("id=\"friendCode\" name=\"friendCode\""
                + " maxlength=\"16\" value=\"\"").doesNotContain("ZZZZZZ");
        // the language switch keeps a friend's code
        assertThat(unknownRef.body()).contains("href=\"/join/" + store + "?lang=ru\"");
        assertThat(get("join/" + store + "?ref=" + inviterCode + "&lang=en").body())
                .contains("href=\"/join/" + store + "?ref=" + inviterCode + "&amp;lang=ru\"");
        String codePage = codeStep(store, "+31649000015", inviterCode);
        String details = post(codePage, "code=" + smsCode("+31649000015")).headers().firstValue("Location").orElseThrow();
        assertThat(get(details.substring(details.indexOf("join/"))).body()).contains("value=\"" + inviterCode + "\"")
                .contains("id=\"privacy\"");
        HttpResponse<String> privacy = get("join/" + store + "/privacy?lang=en");
        assertThat(privacy.statusCode()).isEqualTo(200);
        assertThat(privacy.body()).contains("We store your phone number").contains("Delete my data")
                .contains("coded fingerprint of your phone number")
                .contains("Regulars Demo Café").contains("is responsible for your data").contains("right to complain");
        String detailsPath = details.substring(details.indexOf("join/"), details.indexOf('?'));
        String handle = details.substring(details.indexOf("h=") + 2);
        HttpResponse<String> noName = post(detailsPath, "h=" + handle + "&firstName=&friendCode=ZZZZZZ&lang=en");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("Tell us your first name (at most 60 characters).")
                .contains("No one has the friend&#39;s code &quot;ZZZZZZ&quot;.");
        HttpResponse<String> joined = post(detailsPath, "h=" + handle + "&firstName=Sem&friendCode=" + inviterCode);
        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral r JOIN customer f ON f.id = r.friend_id"
                + " WHERE f.phone_e164 = '+31649000015' AND f.referral_discount_due AND r.status = 'PENDING'"
                + " AND r.first_sale_id IS NULL AND r.bonus_due_at IS NULL")).isEqualTo(1);
        // a double tap on Join (or Back and Join again) lands on the card; a proof makes one customer
        HttpResponse<String> twice = post(detailsPath, "h=" + handle + "&firstName=Sem&lang=en");
        assertThat(twice.statusCode()).isEqualTo(303);
        assertThat(twice.headers().firstValue("Location").orElseThrow()).matches(".*/c/[A-Za-z0-9_-]{22}");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = '+31649000015'")).isEqualTo(1);
        ServerFixture.update("UPDATE phone_code SET used_at = used_at - INTERVAL 3 MINUTE WHERE phone_e164 = '+31649000015'");
        HttpResponse<String> later = post(detailsPath, "h=" + handle + "&firstName=Sem&lang=en");
        assertThat(later.statusCode()).as("after the grace the step is used").isEqualTo(410);
        assertThat(later.body()).contains("Start again.");

        String semCard = joined.headers().firstValue("Location").orElseThrow();
        semCard = semCard.substring(semCard.indexOf("c/"));
        assertThat(get(semCard + "?lang=en").body()).contains("Regulars Demo Café · Canal Street")
                .contains("A friend invited you: 20% (up to €3.00) off your first purchase is waiting for you");
        // Sem's first purchase at a till takes the friend's discount: from it the inviter's bonus falls due
        try (Journal journal = Journal.open(dir.resolve("friend.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Friend till");
            var semPhone = till.context().customerLookup().normalize("06 4900 0015");
            var sem = till.context().customerLookup().find(semPhone).orElseThrow();
            assertThat(sem.referralDiscountDue()).isTrue();
            var sale = till.context().checkout().payCash(TillSales.lines(journal, "LATTE"),
                    new CustomerAtTill.Known(semPhone, sem.phoneHmac(), sem), 0, 1_000);
            assertThat(sale.record().tillFigures().referralDiscountMinor()).isPositive();
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral r JOIN customer f ON f.id = r.friend_id"
                    + " WHERE f.phone_e164 = '+31649000015' AND NOT f.referral_discount_due AND r.first_sale_id = ?"
                    + " AND r.bonus_due_at > NOW(6)", sale.record().saleId().toString())).isEqualTo(1);
        }
        // the visit reads naturally: no "0 used" when no points were used
        String semPage = get(semCard + "?lang=en").body();
        assertThat(semPage).contains(" points</li>").doesNotContain("0 used").doesNotContain("id=\"friend-discount\"");
        // a good link with a wrong path or method is not told its link stopped working
        HttpResponse<String> nope = get(semCard + "/nope?lang=en");
        assertThat(nope.statusCode()).isEqualTo(404);
        assertThat(nope.body()).contains("There is no such page on your card").contains("href=\"/" + semCard + "\"")
                .doesNotContain("This link does not work");
        HttpResponse<String> posted = post(semCard, "lang=en");
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET, HEAD");
        assertThat(posted.body()).contains("href=\"/" + semCard + "\"").doesNotContain("This link does not work");
        assertThat(get(semCard + "/consents?lang=en").statusCode()).isEqualTo(405);

        // the language: the browser's, and the switch, which a cookie keeps
        HttpResponse<String> russian = HTTP.send(HttpRequest.newBuilder(URI.create(server + "join/" + store))
                .header("Accept-Language", "ru-RU,ru;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(russian.body()).contains("Вступить: Regulars Demo Café · Canal Street", "lang=\"ru\"");
        HttpResponse<String> dutch = get("join/" + store + "?lang=nl");
        assertThat(dutch.body()).contains("Word lid bij Regulars Demo Café · Canal Street");
        assertThat(dutch.headers().firstValue("Set-Cookie").orElseThrow()).contains("regulars-lang=nl")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        // the security headers of every customer page (the card's URL is a secret: no referrer)
        for (HttpResponse<String> page : List.of(dutch, get(semCard + "?lang=en"))) {
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'");
        }
        assertThat(dutch.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    @Test
    void twoSignupsOfTheSameNewPhoneAtTheSameMomentBothGetTheOneCard() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        freshAddressLimits();
        String[] steps = {detailsStep(store, "+31649000021"), detailsStep(store, "+31649000021")};
        var database = new org.mariadb.jdbc.MariaDbDataSource(TestDatabase.serverProperties().get("regulars.db.url"));
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sends = new java.util.ArrayList<>();
        try (var holder = database.getConnection()) {
            // the first insert waits at the change sequence while this connection holds it, the second at the first's
            // uncommitted phone: both passed "is the phone a customer?" before either committed
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT last_value FROM change_sequence WHERE business_id ="
                    + " (SELECT business_id FROM store WHERE id = ?) FOR UPDATE")) {
                lock.setString(1, store);
                lock.executeQuery().close();
            }
            for (String step : steps) {
                String path = step.substring(0, step.indexOf('?'));
                String handle = step.substring(step.indexOf("h=") + 2);
                sends.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("h=" + handle + "&firstName=Twin&lang=en")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Instant until = Instant.now().plusSeconds(20);
            while (ServerFixture.count("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                    < 2 && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            holder.rollback();
        }
        for (var send : sends) {
            HttpResponse<String> joined = send.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(joined.statusCode()).as(joined.body()).isEqualTo(303);
            assertThat(joined.headers().firstValue("Location").orElseThrow()).matches(".*/c/[A-Za-z0-9_-]{22}");
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = '+31649000021'")).isEqualTo(1);
    }

    @Test
    void aPhoneThatDeletedItsDataJoinsAgainWithoutASecondWelcomeBonusOrReferral() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        freshAddressLimits();
        join(store, "+31649000031", "");
        String inviterCode = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31649000031'");
        String inviterId = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649000031'");
        for (String phone : List.of("+31649000032", "+31649000033")) {
            String card = joinWithFriend(store, phone, inviterCode);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = ? AND referral_discount_due",
                    phone)).isEqualTo(1);
            HttpResponse<String> erased = post(card.substring(card.indexOf("c/")) + "/delete", "confirm=yes&lang=en");
            assertThat(erased.statusCode()).isEqualTo(303);
        }
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE inviter_id = ?", inviterId)).isEqualTo(2);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM erased_phone")).isGreaterThanOrEqualTo(2);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM erased_phone WHERE phone_hash LIKE '%31649000032%'")).isZero();

        // on the phone: the details step says so; the new record has no welcome bonus and no friend's discount
        String details = detailsStep(store, "+31649000032", inviterCode);
        HttpResponse<String> form = get(details + "&lang=en");
        assertThat(form.body()).contains("This number had its data deleted before.");
        String path = details.substring(0, details.indexOf('?'));
        String handle = details.substring(details.indexOf("h=") + 2);
        assertThat(post(path, "h=" + handle + "&firstName=Again&friendCode=" + inviterCode).statusCode()).isEqualTo(303);
        String again = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649000032'");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE customer_id = ? AND entry_type = 'WELCOME'",
                again)).isZero();
        assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", again)).isZero();
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE id = ? AND NOT referral_discount_due",
                again)).isEqualTo(1);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE inviter_id = ?", inviterId)).isEqualTo(2);

        // at a till with a sale: the same
        try (Journal journal = Journal.open(dir.resolve("rejoin.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Rejoin till");
            var phone = till.context().customerLookup().normalize("06 4900 0033");
            till.context().checkout().payCash(TillSales.lines(journal, "LATTE"), new CustomerAtTill.Enrolling(phone,
                    till.context().customerLookup().hashOf(phone), "Again", false, inviterCode), 0, 1_000);
            till.sync().syncOnce();
        }
        String atTill = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649000033'");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE customer_id = ? AND entry_type = 'WELCOME'",
                atTill)).isZero();
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE inviter_id = ?", inviterId)).isEqualTo(2);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE customer_id = ? AND reason LIKE"
                + " '%deleted before%'", atTill)).isEqualTo(1);
    }

    @Test
    void oversizedFormsGet413AndBadCodesAndLongFieldsStaySmall() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        freshAddressLimits();
        String huge = "phone=" + "1".repeat(3_000_000) + "&lang=en";
        for (String path : List.of("join/" + store, "join/" + store + "/code", "c/AAAAAAAAAAAAAAAAAAAAAA/consents",
                "c/AAAAAAAAAAAAAAAAAAAAAA/delete")) {
            // as a browser sends it: HTTP/1.1
            HttpResponse<String> tooLarge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(server + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).as(path).isEqualTo(413);
            assertThat(tooLarge.body()).contains("This form sent far more than it can hold.");
        }
        // codes go to mobile numbers of the store's country only
        HttpResponse<String> landline = post("join/" + store, "phone=020+123+4567&lang=en");
        assertThat(landline.statusCode()).isEqualTo(400);
        assertThat(landline.body()).contains("is not a mobile number");
        HttpResponse<String> premium = post("join/" + store, "phone=0909+123456&lang=en");
        assertThat(premium.body()).contains("is not a mobile number");
        HttpResponse<String> british = post("join/" + store, "phone=%2B447400123456&lang=en");
        assertThat(british.statusCode()).isEqualTo(400);
        assertThat(british.body()).contains("We can only send codes to mobile numbers from Netherlands.");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM phone_code WHERE phone_e164 IN ('+31201234567',"
                + " '+31909123456', '+447400123456')")).isZero();
        HttpResponse<String> longPhone = post("join/" + store, "phone=" + "9".repeat(10_000) + "&lang=en");
        assertThat(longPhone.statusCode()).isEqualTo(400);
        assertThat(longPhone.body().length()).isLessThan(8_000);

        // a code that is not six digits takes none of the tries
        String codePage = codeStep(store, "+31649000041");
        for (String typed : List.of("", "abcdef", "12345", "1234567")) {
            HttpResponse<String> refused = post(codePage, "code=" + typed + "&lang=en");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("The code is 6 digits").contains("+31 6 49000041");
        }
        assertThat(ServerFixture.count("SELECT attempts FROM phone_code WHERE phone_e164 = '+31649000041'")).isZero();

        // a long e-mail address and name are not repeated whole
        String details = detailsStep(store, "+31649000042");
        String path = details.substring(0, details.indexOf('?'));
        String handle = details.substring(details.indexOf("h=") + 2);
        HttpResponse<String> bad = post(path, "h=" + handle + "&firstName=%E2%80%8B%C2%A0%E2%80%AE&day=3"
                + "&emailAddress=" + "x".repeat(10_000) + "&lang=en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tell us your first name").contains("Pick both day and month")
                .contains("is not an e-mail address");
        assertThat(bad.body().length()).isLessThan(12_000);
    }

    @Test
    void leavingIsNeverBlockedByTheSettingsLimitAndNoticesShowOnceOnACleanUrl() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        freshAddressLimits();
        String name = "W".repeat(60);
        String card = joinNamed(store, "+31649000051", name);
        String cardPath = card.substring(card.indexOf("c/"));
        ChromeDriver browser = Browser.start();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(server + cardPath + "?lang=en");
            Object width = browser.executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("a long name wraps").isLessThanOrEqualTo(390);
            Browser.submit(browser, browser.findElement(By.id("save-consents")));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Saved.");
            assertThat(browser.getCurrentUrl()).doesNotContain("?").endsWith(cardPath);
            browser.navigate().refresh();
            assertThat(browser.findElements(By.id("notice"))).as("shown once").isEmpty();
        } finally {
            browser.quit();
        }
        int status = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 25 && status != 429; i++) {
            last = post(cardPath + "/consents", "sms=yes&lang=en");
            status = last.statusCode();
        }
        assertThat(status).isEqualTo(429);
        assertThat(last.body()).contains("Too many tries.").contains("id=\"back\"").contains(cardPath + "\"");
        assertThat(post(cardPath + "/unsubscribe", "lang=en").statusCode()).isEqualTo(303);
        // Post/Redirect/Get: the deletion's page is a GET (a reload asks nothing) and says it once
        HttpResponse<String> deleted = post(cardPath + "/delete", "confirm=yes&lang=en");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/" + cardPath);
        String doneCookie = deleted.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("regulars-done=deleted")).findFirst().orElseThrow();
        assertThat(doneCookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        HttpResponse<String> shown = HTTP.send(HttpRequest.newBuilder(URI.create(server + cardPath + "?lang=en"))
                .header("Cookie", "regulars-done=deleted").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Your data is deleted.");
        assertThat(get(cardPath + "?lang=en").statusCode()).isEqualTo(404);
    }

    /** The join steps' per-address counters start again: this class sends more codes than one address may. */
    private static void freshAddressLimits() throws Exception {
        ServerFixture.update("DELETE FROM rate_limit WHERE bucket LIKE 'join-ip:%' OR bucket LIKE 'join-code-ip:%'");
    }

    /** Asks for a code for the phone, types it, and returns the details step's path with its handle. */
    private String detailsStep(String store, String phone, String... ref) throws Exception {
        String codePage = codeStep(store, phone, ref);
        String next = post(codePage, "code=" + smsCode(phone)).headers().firstValue("Location").orElseThrow();
        assertThat(next).contains("/details?h=");
        return next.substring(next.indexOf("join/"));
    }

    private String joinWithFriend(String store, String phone, String friendCode) throws Exception {
        String details = detailsStep(store, phone, friendCode);
        String path = details.substring(0, details.indexOf('?'));
        String handle = details.substring(details.indexOf("h=") + 2);
        return post(path, "h=" + handle + "&firstName=Friend&friendCode=" + friendCode).headers()
                .firstValue("Location").orElseThrow();
    }

    private String joinNamed(String store, String phone, String name) throws Exception {
        String details = detailsStep(store, phone);
        String path = details.substring(0, details.indexOf('?'));
        String handle = details.substring(details.indexOf("h=") + 2);
        return post(path, "h=" + handle + "&firstName=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .headers().firstValue("Location").orElseThrow();
    }

    /** Asks for a code for the phone and returns the code page's path (with its handle). */
    private String codeStep(String store, String phone, String... ref) throws Exception {
        HttpResponse<String> sent = post("join/" + store, "phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                + (ref.length > 0 ? "&ref=" + ref[0] : "") + "&lang=en");
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("join/"));
    }

    /** Joins (or signs in) with the phone over HTTP; returns where the code step leads. */
    private String join(String store, String phone, String name) throws Exception {
        String e164 = "+" + phone.replaceAll("\\D", "");
        String codePage = codeStep(store, phone);
        String next = post(codePage, "code=" + smsCode(e164)).headers().firstValue("Location").orElseThrow();
        if (next.contains("/details")) {
            String handle = next.substring(next.indexOf("h=") + 2);
            String path = next.substring(next.indexOf("join/"), next.indexOf('?'));
            return post(path, "h=" + handle + "&firstName=" + (name.isEmpty() ? "Friend" : name))
                    .headers().firstValue("Location").orElseThrow();
        }
        return next;
    }

    /**
     * The code of the first SMS to the phone not read yet (the dispatcher sends every 5 seconds); each SMS is read
     * once, so asking again for the same phone waits for the next one.
     */
    @Test
    void theHourlyPurgeDeletesCodesExpiredMoreThanADayAgoAndOldRateLimitCounters() throws Exception {
        String store = ServerFixture.text("SELECT id FROM store WHERE name = 'Canal Street'");
        Instant now = Instant.parse("2031-03-10T12:00:00Z"); // the purge's clock; rows are dated around it
        String[][] codes = { // handle, expires at
            {"purge-old", "2031-03-09T11:00:00Z"}, // expired 25 h ago: goes
            {"purge-day", "2031-03-09T13:00:00Z"}, // expired 23 h ago: stays (the page still says "expired")
            {"purge-new", "2031-03-10T12:05:00Z"}, // still valid: stays
        };
        for (String[] c : codes) {
            ServerFixture.update("INSERT INTO phone_code (handle_sha256, business_id, store_id, phone_e164,"
                    + " code_sha256, created_at, expires_at, attempts) SELECT '" + pad(c[0]) + "', business_id, id,"
                    + " '+31649000099', '" + pad("code") + "', TIMESTAMP('" + stamp(c[1]) + "') - INTERVAL 10 MINUTE,"
                    + " '" + stamp(c[1]) + "', 3 FROM store WHERE id = '" + store + "'");
        }
        ServerFixture.update("INSERT INTO rate_limit (bucket, window_start, hits) VALUES"
                + " ('purge-test:old', '" + stamp("2031-03-09T11:59:00Z") + "', 7),"
                + " ('purge-test:new', '" + stamp("2031-03-10T11:55:00Z") + "', 2)");

        var database = new org.mariadb.jdbc.MariaDbDataSource(TestDatabase.serverProperties().get("regulars.db.url"));
        var purged = new dev.regulars.server.customerpages.PhoneCodePurge(database,
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).run();

        assertThat(ServerFixture.count("SELECT COUNT(*) FROM phone_code WHERE handle_sha256 LIKE 'purge-%'"))
                .isEqualTo(2);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM phone_code WHERE handle_sha256 = ?", pad("purge-old")))
                .isZero();
        assertThat(ServerFixture.text("SELECT GROUP_CONCAT(bucket) FROM rate_limit WHERE bucket LIKE 'purge-test:%'"))
                .isEqualTo("purge-test:new");
        // the counters of this class's own joins (real time, years before the clock) went with the old one
        assertThat(purged.codes()).isGreaterThanOrEqualTo(1);
        assertThat(purged.counters()).isGreaterThanOrEqualTo(1);
        ServerFixture.update("DELETE FROM phone_code WHERE handle_sha256 LIKE 'purge-%'");
    }

    @Test
    void theDemoRegularsConsentIsRecordedPerChannelTheOneRecordCampaignsRead() throws Exception {
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_consent x JOIN customer c ON c.id = x.customer_id"
                + " WHERE c.phone_e164 IN ('+31612345678', '+31687654321') AND x.granted AND x.source = 'demo seed'"))
                .as("Eva and Sem agreed on SMS, e-mail and Wallet").isEqualTo(6);
    }

    /** A 64-character key for phone_code's hash columns. */
    private static String pad(String text) {
        return (text + "-".repeat(64)).substring(0, 64);
    }

    private static String stamp(String instant) {
        return Instant.parse(instant).toString().replace("T", " ").replace("Z", "");
    }

    private static String smsCode(String e164) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            for (String body : SMS) {
                Matcher m = CODE.matcher(body);
                if (m.find() && m.group(1).equals(e164) && READ.add(body)) {
                    return m.group(2);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no new SMS to " + e164 + " in 60 s; the gateway got " + SMS);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page stays under 100 KB without its images. */
    private static void small(ChromeDriver browser) {
        assertThat(browser.getPageSource().getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }
}
