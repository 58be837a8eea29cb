package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.wallet.TestPki;
import dev.regulars.wallet.apple.PassFixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every kind of balance change reaches a registered Wallet pass, not only sales: a manager's adjustment in the
 * admin, points taken online at the till, points expiry, a refund, a friend's referral bonus and a birthday bonus
 * each mark the customer changed (the Ledger does it, whoever posts), so the Wallet job writes the pass's new
 * balance, the PassKit "serials updated since" call lists the pass with a newer tag, and the APNs stand-in records
 * a push. The same certificates and stand-ins as WalletIT. Phones +31 6 4900 03xx.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(WalletIT.StandIns.class)
class WalletBalanceChangesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUSH_TOKEN = "b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1";
    private static final String DEVICE = "d3v1c3l1brary0003";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final URL server = WalletIT.StandIns.server.url();
    @TempDir
    Path dir;

    private String updatedSince;
    private String tag;
    private String customerId;

    @Test
    void adjustmentsRedemptionsExpiryRefundsReferralAndBirthdayBonusesEachUpdateThePassAndPush() throws Exception {
        // the business is old enough for a sale rung up 13 months ago (its points expire now)
        ServerFixture.update("UPDATE business SET created_at = '2020-01-01 00:00:00'");
        ChromeDriver browser = Browser.start();
        try (Journal journal = Journal.open(dir.resolve("till.db"))) {
            PairedTill till = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Wallet changes till");
            TillContext longAgo = TillSales.at(till, Instant.now().minus(400, ChronoUnit.DAYS));
            TillSales.enroll(longAgo, "06 4900 0301", "Noor", null, null, "LATTE");
            var phone = till.context().customerLookup().normalize("06 4900 0301");
            till.sync().syncOnce();
            CachedCustomer noor = till.context().customerLookup().find(phone).orElseThrow();
            CompletedSale today = till.context().checkout().payCash(TillSales.lines(journal, "LATTE", "LATTE"),
                    new CustomerAtTill.Known(phone, noor.phoneHmac(), noor), 0, 2_000);
            till.sync().syncOnce();
            customerId = noor.customerId().toString();

            // Noor's pass, and a device registered for it
            String link = WalletIT.cardLink(customerId);
            HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(server + "c/" + link
                    + "/wallet/apple")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            JsonNode pass = JSON.readTree(PassFixtures.unzip(download.body()).get("pass.json"));
            String serial = pass.get("serialNumber").asText();
            updatedSince = server + "passkit/v1/devices/" + DEVICE + "/registrations/" + TestPki.PASS_TYPE_ID;
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(updatedSince + "/" + serial))
                    .header("Authorization", "ApplePass " + pass.get("authenticationToken").asText())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pushToken\":\"" + PUSH_TOKEN + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
            tag = JSON.readTree(WalletIT.get(updatedSince, null, null).body()).get("lastUpdated").asText();

            Browser.logIn(browser, server, "manager@demo.regulars.dev", "regulars-demo");
            browser.get(server + "admin/store.xhtml");
            passFollows("a manager's adjustment", serial, () -> {
                browser.findElement(By.id("points:phone")).sendKeys("06 4900 0301");
                browser.findElement(By.id("points:amount")).sendKeys("25");
                browser.findElement(By.id("points:reason")).sendKeys("the coffee was spilled");
                Browser.submit(browser, browser.findElement(By.id("points:adjust")));
            });
            passFollows("points taken online at the till", serial, () -> SyncClient.paired(server.toString(),
                    till.identity().token()).takeRedemption(new RedemptionRequest(UUID.randomUUID(),
                    noor.customerId(), 10)));
            passFollows("points expiry", serial, () ->
                    Browser.submit(browser, browser.findElement(By.id("points:expire-points"))));
            passFollows("a refund", serial, () -> {
                TillSales.refundAll(journal, today);
                till.sync().syncOnce();
            });
            String code = ServerFixture.text("SELECT referral_code FROM customer WHERE id = '" + customerId + "'");
            TillSales.enroll(till.context(), "06 4900 0302", "Ravi", code, null, "LATTE");
            till.sync().syncOnce();
            passFollows("a referral bonus", serial, () -> {
                ServerFixture.update("UPDATE referral SET bonus_due_at = NOW(6) - INTERVAL 1 SECOND WHERE inviter_id"
                        + " = '" + customerId + "'");
                Browser.submit(browser, browser.findElement(By.id("points:grant-referral-bonuses")));
            });
            passFollows("a birthday bonus", serial, () -> birthdayCampaignToday(customerId));
            assertThat(ServerFixture.count("SELECT COUNT(DISTINCT entry_type) FROM ledger_entry WHERE customer_id = ?"
                    + " AND entry_type IN ('ADJUSTMENT', 'REDEEM', 'EXPIRY', 'REFUND', 'INVITER_BONUS', 'BIRTHDAY')",
                    customerId)).as("each kind of change was made").isEqualTo(6);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        } finally {
            browser.quit();
        }
    }

    /** A change the test makes. */
    private interface Change {
        void make() throws Exception;
    }

    /**
     * Makes the change and waits for its Wallet update: the balance changed, the pass row shows it, a push reached
     * the APNs stand-in, and the updated-serials call lists the pass with a newer tag.
     */
    private void passFollows(String what, String serial, Change change) throws Exception {
        long balance = balance();
        int pushes = pushesToThisDevice();
        change.make();
        WalletIT.waitFor(() -> balance() != balance, what + " changing the balance");
        WalletIT.waitFor(() -> ServerFixture.count("SELECT points FROM wallet_pass WHERE serial_number = ?", serial)
                == balance(), what + " reaching the pass");
        WalletIT.waitFor(() -> pushesToThisDevice() > pushes, "a push after " + what);
        HttpResponse<String> updated = WalletIT.get(updatedSince + "?passesUpdatedSince=" + tag, null, null);
        assertThat(updated.statusCode()).as(what).isEqualTo(200);
        JsonNode list = JSON.readTree(updated.body());
        assertThat(list.get("serialNumbers").get(0).asText()).as(what).isEqualTo(serial);
        assertThat(Long.parseLong(list.get("lastUpdated").asText())).as(what).isGreaterThan(Long.parseLong(tag));
        tag = list.get("lastUpdated").asText();
    }

    private long balance() throws Exception {
        return ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);
    }

    private static int pushesToThisDevice() {
        return (int) WalletIT.StandIns.apns.requests.stream()
                .filter(r -> r.path().equals("/3/device/" + PUSH_TOKEN)).count();
    }

    /**
     * A birthday campaign of today for the customer, reaching them on the Wallet channel (their device registered),
     * with 100 points and nobody held out; its run starts within seconds (CampaignJobs).
     */
    private static void birthdayCampaignToday(String customerId) throws Exception {
        MonthDay today = MonthDay.now(AMSTERDAM);
        ServerFixture.update("UPDATE customer SET birthday_month = " + today.getMonthValue() + ", birthday_day = "
                + today.getDayOfMonth() + " WHERE id = '" + customerId + "'");
        String id = UUID.randomUUID().toString();
        ServerFixture.update("INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from,"
                + " quiet_until, channels, templates_json, created_at) SELECT '" + id + "', id, 'Wallet birthday',"
                + " 'BIRTHDAY', 'DRAFT', '00:00', '00:00', '00:00', 'PUSH', '{\"en\":{\"subject\":\"\",\"body\":"
                + "\"Happy birthday: {bonus} points\"}}', NOW(6) FROM business LIMIT 1");
        ServerFixture.update("UPDATE campaign SET status = 'ACTIVE', days_before = 0, bonus_points = 100,"
                + " bonus_valid_days = 14, holdout_bp = 0 WHERE id = '" + id + "'");
    }
}
