package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.pos.TillContext;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.TillSync;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The web admin in a real Chromium: log in, issue a pairing code, see the till and its sale, revoke it. */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class AdminIT {

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
    void theOwnerPairsATillSeesItsSaleAndRevokesIt() throws Exception {
        logIn(PASSWORD);
        assertThat(browser.findElement(By.id("business-name")).getText()).isEqualTo("Regulars Demo Café");

        submit(browser.findElement(By.cssSelector("input[value='New pairing code']")));
        String code = browser.findElement(By.id("pairing-code")).getText();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");

        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), code.toLowerCase(Locale.ROOT), "Window till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            Cart cart = new Cart();
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Anonymous(), 0, 500);
            assertThat(sync.syncOnce().accepted()).isEqualTo(1);

            browser.get(server + "admin/store.xhtml");
            assertThat(tillRow("Window till").getText()).contains("Canal Street").contains("Active");
            assertThat(browser.findElement(By.id("sales")).getText()).contains("Window till").contains("€3.90");
            screenshot("admin.png");

            submit(tillRow("Window till").findElement(By.cssSelector("input[value='Revoke']")));
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("The till was revoked; it can no longer sync.");
            assertThat(tillRow("Window till").getText()).contains("Revoked");

            assertThatThrownBy(sync::syncOnce).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.getMessage()).isEqualTo("This till was revoked in the admin; pair it again to sync");
            });
        }
    }

    @Test
    void customersAreFoundByTheStartOfTheirNameAPageAtATime() throws Exception {
        // 25 customers called Paginus (and one Paginus Smit), made in SQL: phones +31 6 4450 00xx
        for (int i = 1; i <= 26; i++) {
            ServerFixture.update("INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name, last_name,"
                    + " marketing_consent, points_balance, visits, total_spend_minor, enrolled_at, change_seq)"
                    + " SELECT UUID(), id, '+316445000" + String.format("%02d", i) + "', REPEAT('h', 43), 'Paginus',"
                    + (i == 26 ? "'Smit'" : "NULL") + ", FALSE, 0, 0, 0, NOW(6), 0 FROM business LIMIT 1");
        }
        logIn(PASSWORD);
        WebElement lookup = browser.findElement(By.id("customer:lookup-phone"));
        lookup.sendKeys("pAGin");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElements(By.xpath("//table[@id='customer:matches']/tbody/tr"))).hasSize(20);
        browser.findElement(By.id("customer:more")).click();
        assertThat(browser.findElements(By.xpath("//table[@id='customer:matches']/tbody/tr"))).hasSize(6);
        assertThat(browser.findElements(By.id("customer:more"))).isEmpty();
        // a second word narrows by the last name; Open shows the card
        browser.findElement(By.id("customer:lookup-phone")).clear();
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("paginus sm");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("customer:matches")).getText()).contains("Paginus Smit", "+31 6 44500026");
        browser.findElement(By.id("customer:matches:0:open")).click();
        assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo("Paginus Smit");
        // nobody, and wildcards typed are taken as letters
        for (String typed : new String[] {"Zyxw", "Pag%", "pag_nus"}) {
            browser.findElement(By.id("customer:lookup-phone")).clear();
            browser.findElement(By.id("customer:lookup-phone")).sendKeys(typed);
            submit(browser.findElement(By.id("customer:look-up")));
            assertThat(browser.findElement(By.id("messages")).getText()).as(typed)
                    .startsWith("No customer's name starts with");
        }
    }

    @Test
    void aManagerSetsACustomersEmailAndLanguageOnTheCard() throws Exception {
        // a customer of this test alone, who agreed to nothing: no campaign of another test reaches them
        ServerFixture.update("INSERT INTO customer (id, business_id, phone_e164, phone_hmac, first_name,"
                + " marketing_consent, points_balance, visits, total_spend_minor, enrolled_at, change_seq)"
                + " SELECT UUID(), id, '+31644600001', REPEAT('h', 43), 'Contacta', FALSE, 0, 0, 0, NOW(6), 0"
                + " FROM business LIMIT 1");
        logIn(PASSWORD);
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("06 4460 0001");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo("Contacta");
        browser.findElement(By.id("contacts:email")).sendKeys("at home");
        submit(browser.findElement(By.id("contacts:save-contacts")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("\"at home\" is not an e-mail"
                + " address");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE first_name = 'Contacta' AND email IS NULL"))
                .isEqualTo(1);
        WebElement email = browser.findElement(By.id("contacts:email"));
        email.clear();
        email.sendKeys(" contacta@example.test ");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("contacts:language"))).selectByValue("ru");
        submit(browser.findElement(By.id("contacts:save-contacts")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Contact details saved.");
        assertThat(browser.findElement(By.id("contacts:email")).getAttribute("value"))
                .isEqualTo("contacta@example.test");
        assertThat(ServerFixture.text("SELECT CONCAT(email, ' ', language) FROM customer WHERE first_name ="
                + " 'Contacta'")).isEqualTo("contacta@example.test ru");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'customer.contacts'"))
                .isEqualTo(1);
    }

    @Test
    void aManagerAdjustsPointsOnlyWithAReasonAndEveryBalanceStillMatchesTheLedger() throws Exception {
        logIn(PASSWORD);
        long before = ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = '+31687654321'");

        adjust("06 8765 4321", "25", "");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Give a reason for the adjustment (at least 5 characters)");
        adjust("06 8765 4321", "-" + (before + 1), "goodwill gone wrong");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("The balance would go below zero: the customer has " + before + " points");
        adjust("06 0000 0000", "25", "spilled coffee");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("is not a valid phone number");

        adjust("06 8765 4321", "25", "spilled coffee");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Sem: +25 points, balance " + (before + 25));
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN staff_user s ON s.id = e.created_by"
                + " WHERE e.entry_type = 'ADJUSTMENT' AND e.points = 25 AND e.note = 'spilled coffee'"
                + " AND s.email = ?", OWNER)).isEqualTo(1);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'POINTS_ADJUSTED'"
                + " AND details = '+25 points: spilled coffee'")).isEqualTo(1);

        submit(browser.findElement(By.cssSelector("input[value='Check every balance against the ledger']")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .matches("All \\d+ balances match their ledger entries\\.");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_check WHERE mismatches = 0")).isPositive();
    }

    private void adjust(String phone, String points, String reason) {
        for (String[] field : new String[][] {{"points:phone", phone}, {"points:amount", points},
                {"points:reason", reason}}) {
            WebElement input = browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        submit(browser.findElement(By.id("points:adjust")));
    }

    /** A till paired with a code the admin made, as an owner does it. */
    private PairedTill pairedInTheAdmin(Journal journal, String name) throws Exception {
        submit(browser.findElement(By.cssSelector("input[value='New pairing code']")));
        String code = browser.findElement(By.id("pairing-code")).getText();
        return PairedTill.pair(journal, server.toString(), code, name);
    }

    @Test
    void aTillThatChargedDifferentlyFromTheServerShowsInTheManagersQueue() throws Exception {
        logIn(PASSWORD);
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Queue till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            var phone = till.customerLookup().normalize("06 4100 0001");
            Cart cart = new Cart();
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals("CHEESECAKE")).findFirst().orElseThrow());
            // a friend's code nobody has: the till gives the discount, the server does not
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(phone,
                    till.customerLookup().hashOf(phone), "Kim", true, "QQQ777"), 0, 500);
            sync.syncOnce();
        }
        browser.get(server + "admin/store.xhtml");

        assertThat(browser.findElement(By.id("attention")).getText()).contains("Queue till").contains("Kim")
                .contains("referral discount given at the till but refused: no customer has this code");
    }

    @Test
    void anInviterGetsTheBonusOnceTheFriendsFirstPurchaseStood() throws Exception {
        logIn(PASSWORD);
        long semBefore = ServerFixture.count("SELECT points_balance FROM customer WHERE referral_code = 'SEM234'");
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Referral till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            var phone = till.customerLookup().normalize("06 4200 0001");
            Cart cart = new Cart();
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(phone,
                    till.customerLookup().hashOf(phone), "Lotte", true, "SEM234"), 0, 500);
            sync.syncOnce();
        }
        submit(browser.findElement(By.id("points:grant-referral-bonuses")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("No inviter bonus is due.");

        // fourteen days later (the window is moved, not the clock)
        ServerFixture.update("UPDATE referral SET bonus_due_at = NOW(6) - INTERVAL 1 MINUTE WHERE status = 'PENDING'"
                + " AND inviter_id = (SELECT id FROM customer WHERE referral_code = 'SEM234')");
        submit(browser.findElement(By.id("points:grant-referral-bonuses")));
        assertThat(browser.findElement(By.id("messages")).getText()).matches("\\d+ inviter bonus(es)? granted\\.");
        submit(browser.findElement(By.id("points:grant-referral-bonuses")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("No inviter bonus is due.");

        assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE referral_code = 'SEM234'"))
                .isEqualTo(semBefore + 100);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
                + " WHERE c.referral_code = 'SEM234' AND e.entry_type = 'INVITER_BONUS'")).isEqualTo(1);
        assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
    }

    @Test
    void pointsHeldForASaleThatNeverArrivedGoBackAndALateSaleTakesThemOnce() throws Exception {
        logIn(PASSWORD);
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Held points till");
            TillContext till = paired.context();
            var phone = till.customerLookup().normalize("06 4300 0101");
            Cart cart = new Cart();
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(phone,
                    till.customerLookup().hashOf(phone), "Fenna", true, null), 0, 500);
            paired.sync().syncOnce();
            var fenna = till.customerLookup().find(phone).orElseThrow();
            long before = ServerFixture.ledgerSum(fenna.customerId());
            // the till took 40 points for a sale, then died before recording it
            java.util.UUID saleId = java.util.UUID.randomUUID();
            SyncClient.paired(server.toString(), paired.identity().token()).takeRedemption(
                    new dev.regulars.core.sync.RedemptionRequest(saleId, fenna.customerId(), 40));
            submit(browser.findElement(By.id("points:release-holds")));
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("No points are held for a missing sale.");

            ServerFixture.update("UPDATE redemption SET created_at = created_at - INTERVAL 25 HOUR WHERE sale_id = '"
                    + saleId + "'");
            submit(browser.findElement(By.id("points:release-holds")));
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("1 hold of a sale that never arrived given back.");
            assertThat(ServerFixture.ledgerSum(fenna.customerId())).isEqualTo(before);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status = 'RELEASED'",
                    saleId.toString())).isEqualTo(1);

            // the sale turns up after all (the journal was restored): its points are taken, once
            var sale = till.checkout().payCash(saleId, cart.lines(), new CustomerAtTill.Known(phone,
                    till.customerLookup().hashOf(phone), fenna), 40, 500);
            paired.sync().syncOnce();
            assertThat(ServerFixture.ledgerSum(fenna.customerId()))
                    .isEqualTo(before - 40 + sale.priced().pointsEarned());
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ? AND entry_type ="
                    + " 'REDEEM'", saleId.toString())).isEqualTo(3);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void pointsOlderThanTheProgramsExpiryAreWrittenOffOnceWithANote() throws Exception {
        logIn(PASSWORD);
        String phone = "+31643000001";
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Expiry till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            var number = till.customerLookup().normalize(phone);
            Cart cart = new Cart();
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(number,
                    till.customerLookup().hashOf(number), "Ruud", "van Dijk", true, null, null,
                    new dev.regulars.core.sync.CardLink(dev.regulars.core.sync.CardLink.Kind.NFC, "04:5e:90:11")),
                    0, 500);
            sync.syncOnce();
        }
        long balance = ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = ?", phone);
        assertThat(balance).isPositive();
        // thirteen months later: the points were earned before the program's twelve-month expiry
        ServerFixture.update("UPDATE ledger_entry e JOIN customer c ON c.id = e.customer_id"
                + " SET e.created_at = e.created_at - INTERVAL 13 MONTH, e.effective_at = e.effective_at - INTERVAL 13 MONTH"
                + " WHERE c.phone_e164 = '" + phone + "'");

        submit(browser.findElement(By.id("points:expire-points")));
        assertThat(browser.findElement(By.id("messages")).getText()).matches("\\d+ points of \\d+ customers? expired\\.");
        submit(browser.findElement(By.id("points:expire-points")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("No points are due to expire.");

        assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = ?", phone)).isZero();
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
                + " WHERE c.phone_e164 = ? AND e.entry_type = 'EXPIRY' AND e.points = ?"
                + " AND e.note LIKE 'expired: %points earned%'", phone, -balance)).isEqualTo(1);
        assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();

        // the manager sees who Ruud is, how he comes, and the expiry in his points history
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("06 4300 0001");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo("Ruud van Dijk");
        assertThat(browser.findElement(By.id("customer-phone")).getText()).isEqualTo("+31 6 43000001");
        assertThat(browser.findElement(By.id("customer-points")).getText()).startsWith("0 points · tier ");
        assertThat(browser.findElement(By.id("customer-visits")).getText())
                .matches("1 visit · average check €\\d+\\.\\d\\d · first .+ · last .+");
        assertThat(browser.findElement(By.id("customer-cards")).getText()).isEqualTo("Cards: 045E 9011 (nfc)");
        assertThat(browser.findElement(By.id("customer-consents")).getText())
                .startsWith("Offers: E-mail yes (").contains("till:Expiry till");
        List<String> history = browser.findElements(By.cssSelector("#customer-history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(0)).contains("EXPIRY", "-" + balance, "expired:");
        assertThat(history).anySatisfy(row -> assertThat(row).contains("WELCOME", "+50"));

        browser.findElement(By.id("customer:lookup-phone")).clear();
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("06 4300 9999");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("No customer has the phone 06 4300 9999");
        browser.findElement(By.id("customer:lookup-phone")).clear();
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("12");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("\"12\" is not a valid phone number in NL (check the number of digits)");
    }

    @Test
    void twoRecordsOfOnePersonAreMergedKeepingEveryLedgerEntry() throws Exception {
        logIn(PASSWORD);
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Merge till");
            TillSync sync = paired.sync();
            TillIdentity identity = paired.identity();
            TillContext till = paired.context();
            for (String[] person : new String[][] {{"06 4400 0001", "Bas"}, {"06 4400 0002", null}}) {
                var number = till.customerLookup().normalize(person[0]);
                Cart cart = new Cart();
                cart.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
                till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(number,
                        till.customerLookup().hashOf(number), person[1], true, null), 0, 500);
            }
            sync.syncOnce();
            long first = ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = '+31644000001'");
            long second = ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = '+31644000002'");
            long entries = ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c"
                    + " ON c.id = e.customer_id WHERE c.phone_e164 IN ('+31644000001', '+31644000002')");

            browser.findElement(By.id("points:merged-phone")).sendKeys("06 4400 0002");
            browser.findElement(By.id("points:survivor-phone")).sendKeys("06 4400 0001");
            submit(browser.findElement(By.id("points:merge")));

            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("Merged: Bas now has " + (first + second) + " points.");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c"
                    + " ON c.id = e.customer_id WHERE c.phone_e164 IN ('+31644000001', '+31644000002')"))
                    .as("every entry kept, plus a MERGE entry out and one in per lot (welcome, earned)")
                    .isEqualTo(entries + 3);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
            // the second phone now finds Bas, at the till and online
            SyncClient client = SyncClient.paired(server.toString(), identity.token());
            assertThat(client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "06 4400 0002")).firstName())
                    .isEqualTo("Bas");
            sync.syncOnce();
            var alias = till.customerLookup().find(till.customerLookup().normalize("06 4400 0002")).orElseThrow();
            assertThat(alias.firstName()).isEqualTo("Bas");
            assertThat(alias.balance()).isEqualTo(first + second);
        }
    }

    @Test
    void aTierFallsWhenTheSpendThatEarnedItAgesOut() throws Exception {
        logIn(PASSWORD);
        String phone = "+31645000001";
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = pairedInTheAdmin(journal, "Tier till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            var number = till.customerLookup().normalize(phone);
            Cart cart = new Cart();
            var cake = journal.catalog().stream().filter(i -> i.sku().equals("CHEESECAKE")).findFirst().orElseThrow();
            for (int i = 0; i < 50; i++) {
                cart.add(cake); // 50 cheesecakes for a party: 225 euros, Silver from 200
            }
            till.checkout().payCash(cart.lines(), new CustomerAtTill.Enrolling(number,
                    till.customerLookup().hashOf(number), "Iris", true, null), 0, 22_500);
            sync.syncOnce();
        }
        assertThat(ServerFixture.text("SELECT tier FROM customer WHERE phone_e164 = '" + phone + "'"))
                .isEqualTo("Silver");
        submit(browser.findElement(By.id("points:recalculate-tiers")));
        assertThat(ServerFixture.text("SELECT tier FROM customer WHERE phone_e164 = '" + phone + "'"))
                .as("nothing aged out yet").isEqualTo("Silver");

        ServerFixture.update("UPDATE sale s JOIN customer c ON c.id = s.customer_id"
                + " SET s.rung_up_at = s.rung_up_at - INTERVAL 13 MONTH WHERE c.phone_e164 = '" + phone + "'");
        submit(browser.findElement(By.id("points:recalculate-tiers")));

        assertThat(browser.findElement(By.id("messages")).getText()).matches("\\d+ customers? moved to another tier\\.");
        assertThat(ServerFixture.text("SELECT tier FROM customer WHERE phone_e164 = '" + phone + "'"))
                .isEqualTo("Bronze");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheAdminStaysClosed() {
        Browser.logIn(browser, server, OWNER, "not-the-password");

        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Wrong e-mail or password.");
        browser.get(server + "admin/store.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login.xhtml");
    }

    @Test
    void aForgedPostWithoutTheViewStateChangesNothing() throws Exception {
        logIn(PASSWORD);
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        long codesBefore = ServerFixture.count("SELECT COUNT(*) FROM pairing_code");

        // what another site could make the logged-in owner's browser send (were the cookies not SameSite): the
        // login and session cookies ride along, but the page's view state is not known to the attacker
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server + "admin/store.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "stores=stores&stores%3A0%3Aissue-code=New+pairing+code&jakarta.faces.ViewState=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.body()).contains("This page has expired").doesNotContain("pairing-code");
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM pairing_code")).isEqualTo(codesBefore);
    }

    @Test
    void theAdminSpeaksRussianOnceAskedAndKeepsToItOnEveryPage() throws Exception {
        browser.get(server + "admin/login.xhtml");
        browser.findElement(By.id("lang-ru")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login.xhtml");
        assertThat(browser.findElement(By.id("login")).getText()).isEqualTo("Войти");
        assertThat(browser.getTitle()).isEqualTo("Админка Regulars · вход");
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.id("login")).getText()).isEqualTo("Log in");
        logIn(PASSWORD);
        assertThat(browser.findElement(By.id("nav-campaigns")).getText()).isEqualTo("Campaigns");
        browser.findElement(By.id("lang-ru")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/admin/store.xhtml");
        assertThat(browser.findElement(By.id("nav-campaigns")).getText()).isEqualTo("Кампании");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        browser.findElement(By.id("nav-callbacks")).click();
        assertThat(browser.findElement(By.id("nav-store")).getText()).isEqualTo("Кофейня");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Гости, оценившие визит на 1–3 звезды");
        everyPageInRussian();
        browser.findElement(By.id("nav-callbacks")).click();
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.id("nav-store")).getText()).isEqualTo("Store");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/callbacks.xhtml");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Customers who rated a visit 1 to 3 stars");

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(server
                + "admin-language?to=xx&back=/admin/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("The admin is written in en and ru; ask for one of them.");
        // an address that is no page: the admin's own 404, with a way back
        browser.get(server + "admin/nonexistent.xhtml");
        assertThat(browser.findElement(By.id("not-found")).getText()).startsWith("There is no page at this address");
        assertThat(browser.findElement(By.linkText("Back to the admin")).isDisplayed()).isTrue();
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(URI.create(server
                + "admin-language?to=ru&back=//evil.example/admin/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/admin/index.xhtml")
                .doesNotContain("evil");
    }

    /** Today, the store, campaigns, the editor, messages and staff in Russian, with a field error and refusals. */
    private void everyPageInRussian() throws Exception {
        browser.findElement(By.id("nav-home")).click();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Сегодня на этот час");
        assertThat(browser.findElement(By.id("today")).getText()).contains("Продажи:", "Новых клиентов:");

        browser.findElement(By.id("nav-store")).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Кофейни и кассы", "Последние продажи", "Нужен менеджер");
        browser.findElement(By.id("points:phone")).sendKeys("06 4300 0001");
        browser.findElement(By.id("points:amount")).sendKeys("10");
        browser.findElement(By.id("points:reason")).sendKeys("x");
        submit(browser.findElement(By.id("points:adjust")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Укажите причину изменения (не короче 5 символов)");
        browser.findElement(By.id("customer:lookup-phone")).sendKeys("06 0000 0000");
        submit(browser.findElement(By.id("customer:look-up")));
        assertThat(browser.findElement(By.id("messages")).getText()).startsWith("«06 0000 0000» — неверный номер");

        browser.findElement(By.id("nav-campaigns")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Возврат клиентов",
                "Поздравление с днём рождения");
        browser.get(server + "admin/campaign.xhtml?kind=WINBACK");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Новая кампания", "Кому",
                "Контрольная группа (%)");
        assertThat(browser.findElement(By.id("campaign:schedule-it")).getAttribute("value"))
                .isEqualTo("Сохранить и запланировать");
        // typed as a marketer does: leave the field and let the live count finish before saving
        new CampaignEditorPage(browser).type("body_en", "Мы скучаем, {firstName|друг}!");
        submit(browser.findElement(By.id("campaign:save")));
        assertThat(browser.findElement(By.id("campaign:name-error")).getText())
                .isEqualTo("Заполните поле «Название»");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("Некоторые поля нужно исправить; смотрите пометки рядом с ними.");
        screenshot("admin-campaign-ru.png");

        browser.findElement(By.id("nav-messages")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Не отправлены",
                "Последние сообщения");

        browser.findElement(By.id("nav-staff")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Пригласить сотрудника", "Владелец");
        browser.findElement(By.id("invite:name")).sendKeys("Ира");
        browser.findElement(By.id("invite:email")).sendKeys("дома");
        submit(browser.findElement(By.id("invite:send-invitation")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("«дома» — не адрес электронной почты");
        screenshot("admin-staff-ru.png");
    }

    @Test
    void theOwnerSetsAStoresNameZoneAndCallBackTimeAndWrongValuesAreRefused() throws Exception {
        logIn(PASSWORD);
        browser.findElement(By.cssSelector("#stores input[value='Settings']")).click();
        WebElement form = browser.findElement(By.id("store-settings"));
        assertThat(form.findElement(By.id("currency")).getText()).isEqualTo("EUR");
        assertThat(form.findElement(By.id("store-settings:sla")).getAttribute("value")).isEqualTo("24");
        setStore("", "48");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("A store needs a name of 1 to 60 characters");
        assertThat(browser.findElement(By.id("store-settings:name-error")).getText()).as("next to the field")
                .isEqualTo("A store needs a name of 1 to 60 characters");
        setStore("Canal Street", "two days");
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Call back within 1 to 168 hours");
        setStore("Canal Street", "169");
        assertThat(browser.findElement(By.id("messages")).getText()).isEqualTo("Call back within 1 to 168 hours");
        assertThat(browser.findElement(By.id("store-settings:sla-error")).getText())
                .isEqualTo("Call back within 1 to 168 hours");
        assertThat(browser.findElement(By.id("store-settings:name-error")).getText()).isEmpty();
        assertThat(ServerFixture.count("SELECT callback_sla_hours FROM store WHERE name = 'Canal Street'"))
                .isEqualTo(24);

        setStore("Canal Street Coffee", "4");
        assertThat(browser.findElement(By.id("messages")).getText())
                .isEqualTo("The settings of Canal Street Coffee are saved.");
        assertThat(browser.findElement(By.cssSelector("#stores .store-name")).getText())
                .isEqualTo("Canal Street Coffee");
        assertThat(ServerFixture.count("SELECT callback_sla_hours FROM store WHERE name = 'Canal Street Coffee'"))
                .isEqualTo(4);
        assertThat(ServerFixture.count("SELECT COUNT(*) FROM staff_audit WHERE action = 'STORE_CHANGED'"
                + " AND details LIKE 'Canal Street, Europe/Amsterdam, 24 h -> Canal Street Coffee, %, 4 h'"))
                .isEqualTo(1);
        // back as the other tests expect it
        browser.findElement(By.cssSelector("#stores input[value='Settings']")).click();
        setStore("Canal Street", "24");
        assertThat(ServerFixture.count("SELECT callback_sla_hours FROM store WHERE name = 'Canal Street'"))
                .isEqualTo(24);
    }

    private void setStore(String name, String slaHours) {
        WebElement form = browser.findElement(By.id("store-settings"));
        form.findElement(By.id("store-settings:name")).clear();
        form.findElement(By.id("store-settings:name")).sendKeys(name);
        form.findElement(By.id("store-settings:sla")).clear();
        form.findElement(By.id("store-settings:sla")).sendKeys(slaHours);
        submit(form.findElement(By.id("store-settings:save")));
    }

    private void logIn(String password) {
        Browser.logIn(browser, server, OWNER, password);
        browser.get(server + "admin/store.xhtml");
    }

    private void submit(WebElement button) {
        Browser.submit(browser, button);
    }

    private WebElement tillRow(String name) {
        return browser.findElement(By.xpath("//table[contains(@id,'till-table')]//tr[td[1][normalize-space()='"
                + name + "']]"));
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
