package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.ui.sale.SaleViewModel;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Points stay right when the server and the till disagree (the money the customer paid stands), after two records
 * of one person are merged (everything lands on the record that stays), and for sales synced late (points count
 * from the sale at the till). Real tills against Payara Micro and MariaDB, the admin in Chromium. Every test makes
 * its own customers (phones +31 6 4000 00xx and +31 6 4999 00xx, cards 7100 00xx) on the demo program: 3 % back
 * in Bronze, 5 % in Silver (from 200 EUR), 50 welcome points, 12-month expiry, a friend's first purchase 20 % off
 * (at most 3 EUR), at most 3 friends an inviter a day.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class PointsCorrectionsIT {

    private static final String OWNER = "owner@demo.regulars.dev";
    private static final String PASSWORD = "regulars-demo";
    private static final String REFUSED = "referral discount given at the till but refused: ";

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
    void aReferralTheServerRefusesLeavesWhatTheCustomerPaid() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("money.db"))) {
            PairedTill till = pair(journal, "Money till");
            enroll(till.context(), "06 4000 0008", "Iris", null, new CardLink(CardLink.Kind.PRINTED, "7100 0008"),
                    "LATTE");
            till.sync().syncOnce();
            String irisCode = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31640000008'");

            // a "friend" gives Iris's code and Iris's own card: offline the till cannot tell, and gives 20 % off
            CompletedSale sale = enroll(till.context(), "06 4000 0009", "Nina", irisCode,
                    new CardLink(CardLink.Kind.PRINTED, "7100 0008"), "FLAT-WHITE", "FLAT-WHITE");
            assertThat(sale.priced().subtotalMinor()).isEqualTo(760);
            assertThat(sale.priced().referralDiscountMinor()).isEqualTo(152);
            assertThat(sale.priced().dueMinor()).isEqualTo(608);
            assertThat(sale.priced().pointsEarned()).isEqualTo(18);
            till.sync().syncOnce();

            String id = sale.record().saleId().toString();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND due_minor = 608"
                    + " AND referral_discount_minor = 152 AND points_earned = 18 AND figures_differ AND discrepancy = ?",
                    id, REFUSED + "self-referral (card)")).isEqualTo(1);
            assertThat(journal.outcomeOf(sale.record().saleId()).orElseThrow().pointsEarned()).isEqualTo(18);
            String nina = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31640000009'");
            assertThat(ServerFixture.count("SELECT total_spend_minor FROM customer WHERE id = ?", nina)).isEqualTo(608);
            assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", nina)).isEqualTo(50 + 18);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE sale_id = ? AND reason ="
                    + " 'self-referral (card)' AND inviter_id = (SELECT id FROM customer WHERE referral_code = ?)",
                    id, irisCode)).isEqualTo(1);

            // refunded in full: back goes what was paid, not the price before the discount; the welcome bonus stays
            refundAll(journal, sale);
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT money_back_minor FROM refund WHERE sale_id = ?", id)).isEqualTo(608);
            assertThat(ServerFixture.count("SELECT points_earned_taken_back FROM refund WHERE sale_id = ?", id))
                    .isEqualTo(18);
            assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", nina)).isEqualTo(50);
            assertThat(ServerFixture.count("SELECT total_spend_minor FROM customer WHERE id = ?", nina)).isZero();
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();

            // Iris's card as printed, typed at the till (its cache) and asked of the server, in any spelling
            SaleViewModel screen = new SaleViewModel(till.context(), () -> { });
            screen.add(journal.catalog().get(0));
            screen.grid().confirmChoice(); // a product's questions: the first answers
            screen.phoneInputProperty().set("RC 7100 0008");
            screen.findCustomer();
            assertThat(screen.customerStatusProperty().get()).startsWith("Iris · card · ");
            SyncClient client = SyncClient.paired(server.toString(), till.identity().token());
            assertThat(client.identify(new IdentifyRequest(IdentifyRequest.Method.CARD, "rc-7100 0008")).firstName())
                    .isEqualTo("Iris");
            screen.phoneInputProperty().set("RC 0042 7788");
            screen.findCustomer();
            assertThat(screen.errorMessageProperty().get()).isEqualTo("No customer has card 0042 7788");
        }
        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.get(server + "admin/store.xhtml");
        assertThat(browser.findElement(By.id("attention")).getText()).contains("Money till").contains("Nina")
                .contains(REFUSED + "self-referral (card)");
    }

    @Test
    void everyReasonToRefuseAReferralIsFlaggedAndTheMoneyStands() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("reasons.db"))) {
            PairedTill till = pair(journal, "Reasons till");
            TillContext at = till.context();
            enroll(at, "06 4000 0010", "Jonas", null, new CardLink(CardLink.Kind.PRINTED, "7100 0010"), "LATTE");
            till.sync().syncOnce();
            String code = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31640000010'");
            String jonas = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31640000010'");

            List<CompletedSale> sales = new ArrayList<>();
            sales.add(enroll(at, "06 4000 0011", "Ans", code, new CardLink(CardLink.Kind.PRINTED, "7100 0010"),
                    "CHEESECAKE"));
            sales.add(enroll(at, "06 4000 0012", "Bo", code, null, "CHEESECAKE"));
            sales.add(enroll(at, "06 4000 0013", "Cas", code, null, "CHEESECAKE"));
            // one refused and two accepted today: the daily cap of three is reached
            sales.add(enroll(at, "06 4000 0014", "Dex", code, null, "CHEESECAKE"));
            // Bo again, at a till that did not find her
            sales.add(enroll(at, "06 4000 0012", "Bo", code, null, "CHEESECAKE"));
            // Jonas with his own code, at a till that did not find him
            sales.add(enroll(at, "06 4000 0010", "Jonas", code, null, "CHEESECAKE"));
            assertThat(sales).allSatisfy(s -> assertThat(s.priced().referralDiscountMinor()).isEqualTo(90));
            till.sync().syncOnce();

            String[] expected = {REFUSED + "self-referral (card)", null, null,
                    REFUSED + "the inviter's daily cap of 3 friends is reached", REFUSED + "already a customer",
                    REFUSED + "self-referral (phone)"};
            for (int i = 0; i < expected.length; i++) {
                String id = sales.get(i).record().saleId().toString();
                // what the customer paid stands in every case
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND due_minor = 360"
                        + " AND referral_discount_minor = 90 AND points_earned = 11", id)).as("sale %d", i).isEqualTo(1);
                if (expected[i] == null) {
                    assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND NOT figures_differ"
                            + " AND discrepancy IS NULL", id)).as("sale %d agrees", i).isEqualTo(1);
                } else {
                    assertThat(ServerFixture.text("SELECT discrepancy FROM sale WHERE id = '" + id + "'"))
                            .as("sale %d", i).isEqualTo(expected[i]);
                }
            }
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE inviter_id = ? AND status = 'PENDING'",
                    jonas)).isEqualTo(2);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE inviter_id = ?", jonas))
                    .as("refused codes count towards the caps").isEqualTo(4);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
                    + " WHERE c.phone_e164 = '+31640000012' AND e.entry_type = 'WELCOME'")).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void aPartialRefundKeepsTheInvitersBonusAFullOneCancelsItAndCancelledReferralsStillCountTowardsTheCap()
            throws Exception {
        try (Journal journal = Journal.open(dir.resolve("cancel.db"))) {
            PairedTill till = pair(journal, "Bonus till");
            TillContext at = till.context();
            enroll(at, "06 4000 0040", "Rosa", null, null, "LATTE");
            till.sync().syncOnce();
            String code = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31640000040'");
            CompletedSale first = enroll(at, "06 4000 0041", "Sam", code, null, "LATTE", "CHEESECAKE");
            till.sync().syncOnce();
            String saleId = first.record().saleId().toString();

            journal.refunds().record(new RefundRecord(UUID.randomUUID(), first.record().saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(2, 1)), null));
            till.sync().syncOnce();
            assertThat(ServerFixture.text("SELECT status FROM referral WHERE first_sale_id = '" + saleId + "'"))
                    .as("a partial refund keeps the bonus").isEqualTo("PENDING");
            journal.refunds().record(new RefundRecord(UUID.randomUUID(), first.record().saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null));
            till.sync().syncOnce();
            assertThat(ServerFixture.text("SELECT status FROM referral WHERE first_sale_id = '" + saleId + "'"))
                    .as("refunded in full").isEqualTo("CANCELLED");
            assertThat(ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = '+31640000041'"))
                    .as("the welcome bonus stays").isEqualTo(50);

            // the cancelled one still counts: two more friends today reach the cap of three
            enroll(at, "06 4000 0042", "Tess", code, null, "LATTE");
            enroll(at, "06 4000 0043", "Uri", code, null, "LATTE");
            CompletedSale fourth = enroll(at, "06 4000 0044", "Vic", code, null, "LATTE");
            till.sync().syncOnce();
            assertThat(ServerFixture.text("SELECT discrepancy FROM sale WHERE id = '" + fourth.record().saleId() + "'"))
                    .isEqualTo(REFUSED + "the inviter's daily cap of 3 friends is reached");
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void pointsFollowTheServersTierAndRulesWhileTheMoneyStands() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("tier.db"))) {
            PairedTill till = pair(journal, "Tier till");
            TillContext at = till.context();
            enroll(at, "06 4000 0020", "Otto", null, null, "LATTE");
            till.sync().syncOnce();
            var phone = at.customerLookup().normalize("06 4000 0020");
            CachedCustomer otto = at.customerLookup().find(phone).orElseThrow();
            CompletedSale base = sell(at, new CustomerAtTill.Known(phone, otto.phoneHmac(), otto),
                    "FLAT-WHITE", "FLAT-WHITE");
            till.sync().syncOnce();
            // a till that believes Otto is Gold prints 7 %; one with rules the server never published
            SaleRecord gold = copy(base.record(), base.record().rulesVersion(), 53);
            SaleRecord unknownRules = copy(base.record(), 99, 23);
            SyncClient client = SyncClient.paired(server.toString(), till.identity().token());
            List<SaleOutcome> outcomes = client.pushSales(List.of(gold, unknownRules)).outcomes();
            // the newest version (ProgramIT may have published some with the demo's figures)
            long rules = ServerFixture.count("SELECT MAX(version) FROM program_version");

            assertThat(outcomes).extracting(SaleOutcome::status).containsOnly(SaleOutcome.Status.ACCEPTED);
            assertThat(outcomes).extracting(SaleOutcome::pointsEarned).containsOnly(23L);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND due_minor = 760"
                    + " AND points_earned = 23 AND till_points_earned = 53 AND figures_differ AND discrepancy ="
                    + " 'points earned: the till printed 53, the server gives 23 (Bronze, rules v" + rules + ")'",
                    gold.saleId().toString())).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND due_minor = 760"
                    + " AND points_earned = 23 AND rules_version = 99 AND discrepancy ="
                    + " 'rung up under rules v99, which the server does not know; points by v" + rules + "'",
                    unknownRules.saleId().toString())).isEqualTo(1);

            // the friend's discount is for the first purchase only: a till that still offers it is refused
            String ottoCode = ServerFixture.text("SELECT referral_code FROM customer WHERE phone_e164 = '+31640000020'");
            enroll(at, "06 4000 0021", "Pia", ottoCode, null, "LATTE");
            till.sync().syncOnce();
            var piaPhone = at.customerLookup().normalize("06 4000 0021");
            CachedCustomer pia = at.customerLookup().find(piaPhone).orElseThrow();
            CachedCustomer stale = new CachedCustomer(pia.phoneHmac(), pia.customerId(), pia.firstName(),
                    pia.balance(), pia.tier(), true);
            CompletedSale again = sell(at, new CustomerAtTill.Known(piaPhone, pia.phoneHmac(), stale), "CHEESECAKE");
            assertThat(again.priced().referralDiscountMinor()).isEqualTo(90);
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND due_minor = 360"
                    + " AND discrepancy = ?", again.record().saleId().toString(),
                    REFUSED + "the friend's discount was already used")).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void everythingThatNamesAMergedRecordLandsOnTheRecordThatStays() throws Exception {
        businessJoinedLongAgo();
        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.get(server + "admin/store.xhtml");
        Instant longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
        try (Journal a = Journal.open(dir.resolve("merge-a.db")); Journal b = Journal.open(dir.resolve("merge-b.db"))) {
            PairedTill tillA = pair(a, "Merge till A");
            PairedTill tillB = pair(b, "Merge till B");
            enroll(tillA.context(), "06 4999 0001", "Mila", null, null, "LATTE");
            tillA.sync().syncOnce();
            // the second record: enrolled 13 months ago on till B (50 + 12 points then), and a big order today
            TillContext thenB = at(tillB, longAgo);
            enroll(thenB, "06 4999 0000", null, null, null, "LATTE");
            var second = tillB.context().customerLookup().normalize("06 4999 0000");
            tillB.sync().syncOnce();
            CachedCustomer cached = tillB.context().customerLookup().find(second).orElseThrow();
            CompletedSale big = tillB.context().checkout().payCash(sixtyLattes(b),
                    new CustomerAtTill.Known(second, cached.phoneHmac(), cached), 0, 30_000);
            assertThat(big.priced().pointsEarned()).isEqualTo(702);
            tillB.sync().syncOnce();
            UUID mergedId = cached.customerId();
            String mila = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31649990001'");
            long milaBefore = balance(mila);
            long secondBefore = balance(mergedId.toString());
            assertThat(secondBefore).isEqualTo(50 + 12 + 702);

            merge("06 4999 0000", "06 4999 0001");
            assertThat(browser.findElement(By.id("messages")).getText())
                    .isEqualTo("Merged: Mila now has " + (milaBefore + secondBefore) + " points.");

            // till B has not pulled: it still sells to the merged record, which it thinks is Silver (5 %)
            CompletedSale late = sell(tillB.context(), new CustomerAtTill.Known(second, cached.phoneHmac(),
                    tillB.context().customerLookup().find(second).orElseThrow()), "FLAT-WHITE", "FLAT-WHITE");
            assertThat(late.priced().pointsEarned()).isEqualTo(38);
            tillB.sync().syncOnce();
            String lateId = late.record().saleId().toString();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND customer_id = ?"
                    + " AND NOT overdraft AND NOT figures_differ", lateId, mila))
                    .as("the sale lands on Mila, whose spend with the merged record's makes her Silver").isEqualTo(1);
            assertThat(balance(mila)).isEqualTo(milaBefore + secondBefore + 38);
            assertThat(balance(mergedId.toString())).isZero();
            assertThat(ServerFixture.text("SELECT tier FROM customer WHERE id = '" + mila + "'")).isEqualTo("Silver");

            // points taken online, and a card linked, under the merged record's id
            SyncClient client = SyncClient.paired(server.toString(), tillB.identity().token());
            client.takeRedemption(new RedemptionRequest(UUID.randomUUID(), mergedId, 10));
            client.linkCard(mergedId, new CardLink(CardLink.Kind.PRINTED, "7100 0099"));
            assertThat(balance(mila)).isEqualTo(milaBefore + secondBefore + 38 - 10);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE card_number = '71000099'"
                    + " AND customer_id = ?", mila)).isEqualTo(1);

            // the big order, made before the merge, is refunded: Mila gives back its points and falls to Bronze
            refundAll(b, big);
            tillB.sync().syncOnce();
            assertThat(balance(mila)).isEqualTo(milaBefore + secondBefore + 38 - 10 - 702);
            assertThat(balance(mergedId.toString())).isZero();
            assertThat(ServerFixture.text("SELECT tier FROM customer WHERE id = '" + mila + "'")).isEqualTo("Bronze");
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();

            // the merged record's points of 13 months ago moved with their dates: they expire on Mila now (less
            // the 10 redeemed, which used the oldest points; the refund took back its own sale's points)
            long beforeExpiry = balance(mila);
            Browser.submit(browser, browser.findElement(By.id("points:expire-points")));
            assertThat(balance(mila)).isEqualTo(beforeExpiry - (50 + 12 - 10));
            String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                    .format(longAgo.atZone(ZoneId.of("Europe/Amsterdam")));
            assertThat(ServerFixture.text("SELECT note FROM ledger_entry WHERE customer_id = '" + mila
                    + "' AND entry_type = 'EXPIRY'")).contains("earned " + day);

            // both records' history stays readable on Mila's card
            browser.findElement(By.id("customer:lookup-phone")).sendKeys("06 4999 0000");
            Browser.submit(browser, browser.findElement(By.id("customer:look-up")));
            assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo("Mila");
            assertThat(browser.findElements(By.cssSelector("#customer-history tbody tr")).stream()
                    .map(WebElement::getText).toList())
                    .anySatisfy(row -> assertThat(row).contains("WELCOME", "(on the merged record)"));
        }
    }

    @Test
    void pointsEarnedOfflineCountFromTheSaleAtTheTillAndARefundTakesBackItsOwnLot() throws Exception {
        businessJoinedLongAgo();
        Browser.logIn(browser, server, OWNER, PASSWORD);
        browser.get(server + "admin/store.xhtml");
        Instant rungUp = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        try (Journal journal = Journal.open(dir.resolve("late.db"))) {
            PairedTill till = pair(journal, "Offline till");
            // rung up 13 months ago, synced only now
            CompletedSale first = enroll(at(till, rungUp), "06 4000 0030", "Ada", null, null, "LATTE");
            var phone = till.context().customerLookup().normalize("06 4000 0030");
            CachedCustomer enrolled = till.context().customerLookup().find(phone).orElseThrow();
            CompletedSale today = sell(till.context(), new CustomerAtTill.Known(phone, enrolled.phoneHmac(), enrolled),
                    "FLAT-WHITE", "FLAT-WHITE");
            till.sync().syncOnce();
            String ada = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31640000030'");
            assertThat(balance(ada)).isEqualTo(50 + 12 + 23);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ? AND effective_at = ?"
                            + " AND created_at > effective_at + INTERVAL 390 DAY",
                    first.record().saleId().toString(), LocalDateTime.ofInstant(rungUp, ZoneOffset.UTC)))
                    .as("the welcome bonus and the earned points count from the sale at the till").isEqualTo(2);

            // today's sale is refunded in full: its points come out of its own lot, not the old ones
            refundAll(journal, today);
            till.sync().syncOnce();
            Browser.submit(browser, browser.findElement(By.id("points:expire-points")));
            assertThat(balance(ada)).as("every point of 13 months ago expired").isZero();
            String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                    .format(rungUp.atZone(ZoneId.of("Europe/Amsterdam")));
            assertThat(ServerFixture.text("SELECT note FROM ledger_entry WHERE customer_id = '" + ada
                    + "' AND entry_type = 'EXPIRY'")).isEqualTo("expired: 50 points earned " + day
                    + ", 12 points earned " + day);

            // the old sale refunded now: expiry already took its points, the refund does not take them again
            refundAll(journal, first);
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT points_earned_taken_back FROM refund WHERE sale_id = ?",
                    first.record().saleId().toString())).isZero();
            assertThat(balance(ada)).isZero();

            // a till whose clock runs a day ahead cannot date points in the future
            CachedCustomer cached = till.context().customerLookup().find(phone).orElseThrow();
            CompletedSale ahead = sell(at(till, Instant.now().plus(1, ChronoUnit.DAYS)),
                    new CustomerAtTill.Known(phone, cached.phoneHmac(), cached), "LATTE");
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ?"
                    + " AND effective_at = created_at", ahead.record().saleId().toString())).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void oneImpossibleSaleDoesNotHoldUpItsBatchAndABrokenClockIsCorrected() throws Exception {
        businessJoinedLongAgo();
        try (Journal journal = Journal.open(dir.resolve("clock.db"))) {
            PairedTill till = pair(journal, "Clock till");
            CompletedSale good = sell(till.context(), new CustomerAtTill.Anonymous(), "LATTE");
            SaleRecord r = good.record();
            // a cache that outlived the server's data: an id nobody has, and no phone to fall back on
            SaleRecord stranger = new SaleRecord(UUID.randomUUID(), r.rungUpAt(), r.rulesVersion(), r.currency(),
                    r.lines(), r.payments(), new CustomerIdentification(null, UUID.randomUUID()), null, 0,
                    new SaleRecord.TillFigures(390, 0, 0, 390, 12));
            // a till that booted in 1970
            SaleRecord seventies = new SaleRecord(UUID.randomUUID(), Instant.parse("1970-01-01T00:00:00Z"),
                    r.rulesVersion(), r.currency(), r.lines(), r.payments(), null, null, 0, r.tillFigures());
            SyncClient client = SyncClient.paired(server.toString(), till.identity().token());

            List<SaleOutcome> outcomes = client.pushSales(List.of(r, stranger, seventies)).outcomes();

            assertThat(outcomes).extracting(SaleOutcome::status).containsExactly(SaleOutcome.Status.ACCEPTED,
                    SaleOutcome.Status.REJECTED, SaleOutcome.Status.ACCEPTED);
            assertThat(outcomes.get(1).message()).isEqualTo("no customer has the id "
                    + stranger.customer().customerId() + " and the sale names no phone");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND rung_up_at = '2020-01-01'"
                    + " AND discrepancy = 'the till''s clock said 1 Jan 1970 01:00; counted as 1 Jan 2020 01:00'",
                    seventies.saleId().toString())).isEqualTo(1);
        }
    }

    @Test
    void pointsHeldForASaleAreTakenOnlyFromItsOwnCustomer() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("hold.db"))) {
            PairedTill till = pair(journal, "Hold till");
            TillContext at = till.context();
            enroll(at, "06 4000 0050", "Wim", null, null, "LATTE");
            enroll(at, "06 4000 0051", "Xia", null, null, "LATTE");
            till.sync().syncOnce();
            var wimPhone = at.customerLookup().normalize("06 4000 0050");
            var xiaPhone = at.customerLookup().normalize("06 4000 0051");
            CachedCustomer wim = at.customerLookup().find(wimPhone).orElseThrow();
            CachedCustomer xia = at.customerLookup().find(xiaPhone).orElseThrow();
            SyncClient client = SyncClient.paired(server.toString(), till.identity().token());
            UUID saleId = UUID.randomUUID();
            client.takeRedemption(new RedemptionRequest(saleId, wim.customerId(), 10));

            // the sale under that id is Xia's: Wim's held points are not hers
            CompletedSale sale = at.checkout().payCash(saleId, lines(journal, "FLAT-WHITE", "FLAT-WHITE"),
                    new CustomerAtTill.Known(xiaPhone, xia.phoneHmac(), xia), 10, 1_000);
            till.sync().syncOnce();
            assertThat(balance(xia.customerId().toString())).isEqualTo(62 - 10 + sale.priced().pointsEarned());
            assertThat(balance(wim.customerId().toString())).isEqualTo(62 - 10);
            assertThat(ServerFixture.text("SELECT status FROM redemption WHERE sale_id = '" + saleId + "'"))
                    .isEqualTo("HELD");
            assertThat(ServerFixture.text("SELECT discrepancy FROM sale WHERE id = '" + saleId + "'"))
                    .isEqualTo("points were taken online for this sale from another customer's balance; they go"
                            + " back to that customer within 24 h");

            // and a sale that has arrived takes no more points online
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.takeRedemption(
                    new RedemptionRequest(saleId, xia.customerId(), 5)))
                    .isInstanceOfSatisfying(dev.regulars.pos.sync.SyncException.class, late -> {
                        assertThat(late.status()).isEqualTo(409);
                        assertThat(late.getMessage()).isEqualTo(
                                "This sale has already reached the server: points can no longer be taken for it");
                    });
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    /** The demo business joined on 1 Jan 2020 (Amsterdam), so sales rung up 13 months ago are believable. */
    private static void businessJoinedLongAgo() throws Exception {
        ServerFixture.update("UPDATE business SET created_at = '2020-01-01 00:00:00'");
    }

    private PairedTill pair(Journal journal, String name) throws Exception {
        return PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), name);
    }

    /** The till's context with its clock set to {@code when}: a sale rung up then. */
    private static TillContext at(PairedTill till, Instant when) {
        TillContext now = till.context();
        return new TillContext(now.journal(), now.sync(), Clock.fixed(when, ZoneOffset.UTC), Locale.US,
                Runnable::run, Runnable::run);
    }

    private static CompletedSale enroll(TillContext till, String phone, String firstName, String friendsCode,
                                        CardLink card, String... skus) {
        return TillSales.enroll(till, phone, firstName, friendsCode, card, skus);
    }

    /** A sale to someone the till already knows. */
    private static CompletedSale sell(TillContext till, CustomerAtTill customer, String... skus) {
        return till.checkout().payCash(lines(till.journal(), skus), customer, 0, 10_000);
    }

    private static List<CheckLine> lines(Journal journal, String... skus) {
        return TillSales.lines(journal, skus);
    }

    private static List<CheckLine> sixtyLattes(Journal journal) {
        CheckLine latte = lines(journal, "LATTE").get(0);
        return List.of(new CheckLine(latte.sku(), latte.name(), 60, latte.unitPriceMinor()));
    }

    private static void refundAll(Journal journal, CompletedSale sale) {
        List<RefundRecord.Line> lines = new ArrayList<>();
        for (int i = 0; i < sale.record().lines().size(); i++) {
            lines.add(new RefundRecord.Line(i + 1, sale.record().lines().get(i).quantity()));
        }
        journal.refunds().record(new RefundRecord(UUID.randomUUID(), sale.record().saleId(), Instant.now(), lines,
                null));
    }

    /** The same check under another id, as a till with other rules or another tier would have printed it. */
    private static SaleRecord copy(SaleRecord sale, int rulesVersion, long pointsEarned) {
        SaleRecord.TillFigures f = sale.tillFigures();
        return new SaleRecord(UUID.randomUUID(), sale.rungUpAt(), rulesVersion, sale.currency(), sale.lines(),
                sale.payments(), sale.customer(), null, sale.pointsRedeemed(),
                new SaleRecord.TillFigures(f.subtotalMinor(), f.referralDiscountMinor(), f.redeemDiscountMinor(),
                        f.dueMinor(), pointsEarned));
    }

    private static long balance(String customerId) throws Exception {
        return ServerFixture.count("SELECT points_balance FROM customer WHERE id = ?", customerId);
    }

    private void merge(String mergedPhone, String survivorPhone) {
        browser.get(server + "admin/store.xhtml");
        browser.findElement(By.id("points:merged-phone")).sendKeys(mergedPhone);
        browser.findElement(By.id("points:survivor-phone")).sendKeys(survivorPhone);
        Browser.submit(browser, browser.findElement(By.id("points:merge")));
    }
}
