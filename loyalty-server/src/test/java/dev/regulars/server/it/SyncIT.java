package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.identification.RotatingRedeemCode;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.RedemptionGrant;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.core.sync.RefundOutcome;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.ShiftOutcome;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.sale.Tender;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.SyncReport;
import dev.regulars.pos.sync.TillSync;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end: the server WAR on Payara Micro against MariaDB, and the till's own journal,
 * checkout and sync client (not copies of them) pairing, selling and syncing.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class SyncIT {

    private final URL server = SharedServer.url();

    @TempDir
    Path tillDir;

    @Test
    void enrollEarnRedeemPushedTwiceAreCountedOnceAndTheTillShowsTheServersBalance() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillSync sync = new TillSync(journal);
            TillIdentity identity = sync.pair(server.toString(), ServerFixture.issuePairingCode(), "IT till");
            assertThat(journal.catalog()).extracting(CatalogItem::sku).contains("LATTE", "FLAT-WHITE", "CHEESECAKE");
            assertThat(journal.cashiers()).extracting(c -> c.name()).containsExactly("Anna", "Max");

            TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            CustomerLookup lookup = till.customerLookup();
            var noorPhone = lookup.normalize("06 2345 6789");
            var evaPhone = lookup.normalize("06-12345678");
            CachedCustomer eva = lookup.find(evaPhone).orElseThrow();
            long evaBefore = eva.balance();

            CompletedSale enrollment = till.checkout().payCash(lines(journal, "LATTE", "CROISSANT"),
                    new CustomerAtTill.Enrolling(noorPhone, lookup.hashOf(noorPhone), "Noor", null, true, "EVA234",
                            java.time.MonthDay.of(3, 12), null), 0, 1_000);
            // Eva's friend: 20 % off the first purchase (6.80 -> 1.36 off), 50 welcome points
            assertThat(enrollment.priced().referralDiscountMinor()).isEqualTo(136);
            assertThat(enrollment.welcomeBonus()).isEqualTo(50);
            CompletedSale earn = till.checkout().payCash(lines(journal, "FLAT-WHITE", "FLAT-WHITE"),
                    new CustomerAtTill.Known(evaPhone, lookup.hashOf(evaPhone), eva), 0, 2_000);
            CachedCustomer evaNow = lookup.find(evaPhone).orElseThrow();
            CompletedSale redeem = till.checkout().payCash(lines(journal, "CHEESECAKE", "LATTE"),
                    new CustomerAtTill.Known(evaPhone, lookup.hashOf(evaPhone), evaNow), Long.MAX_VALUE, 2_000);
            assertThat(redeem.priced().pointsRedeemed()).isPositive();

            SyncReport first = sync.syncOnce();
            assertThat(first.accepted()).isEqualTo(3);
            assertThat(journal.unsettledCount()).isZero();

            // the same three sales pushed again, as a till whose responses were lost would
            List<SaleRecord> again = List.of(enrollment.record(), earn.record(), redeem.record());
            SalesBatchResult second = SyncClient.paired(server.toString(), identity.token()).pushSales(again);
            assertThat(second.outcomes()).extracting(SaleOutcome::status).containsOnly(SaleOutcome.Status.DUPLICATE);
            assertThat(second.outcomes().get(2).pointsRedeemed()).isEqualTo(redeem.priced().pointsRedeemed());

            for (CompletedSale sale : List.of(enrollment, earn, redeem)) {
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ?",
                        sale.record().saleId().toString())).isEqualTo(1);
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ?",
                        sale.record().saleId().toString())).isEqualTo(
                        (sale.priced().pointsRedeemed() > 0 ? 2 : 1) + (sale.welcomeBonus() > 0 ? 1 : 0));
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND figures_differ",
                        sale.record().saleId().toString())).as("till and server agree").isZero();
            }
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();

            sync.syncOnce();
            long evaOnServer = ServerFixture.ledgerSum(eva.customerId());
            assertThat(evaOnServer).isEqualTo(evaBefore + earn.priced().pointsEarned()
                    - redeem.priced().pointsRedeemed() + redeem.priced().pointsEarned());
            assertThat(lookup.find(evaPhone).orElseThrow().balance()).isEqualTo(evaOnServer);
            CachedCustomer noor = lookup.find(noorPhone).orElseThrow();
            assertThat(noor.customerId()).isNotNull();
            assertThat(noor.balance()).isEqualTo(ServerFixture.ledgerSum(noor.customerId()))
                    .isEqualTo(enrollment.priced().pointsEarned() + 50);
            assertThat(noor.referralDiscountDue()).as("the friend's discount is used").isFalse();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE id = ? AND birthday_month = 3"
                    + " AND birthday_day = 12 AND first_name = 'Noor'", noor.customerId().toString())).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral r JOIN customer i ON i.id = r.inviter_id"
                    + " WHERE i.referral_code = 'EVA234' AND r.friend_id = ? AND r.status = 'PENDING'"
                    + " AND r.bonus_points = 100", noor.customerId().toString())).isEqualTo(1);
        }
    }

    @Test
    void refundsWaitForTheirSaleAndTogetherRestoreTheBalanceExactly() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillSync sync = new TillSync(journal);
            TillIdentity identity = sync.pair(server.toString(), ServerFixture.issuePairingCode(), "Refund till");
            SyncClient client = SyncClient.paired(server.toString(), identity.token());
            TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            CustomerLookup lookup = till.customerLookup();
            var semPhone = lookup.normalize("+31 6 8765 4321");
            CachedCustomer sem = lookup.find(semPhone).orElseThrow();
            long before = ServerFixture.ledgerSum(sem.customerId());
            assertThat(sem.balance()).isEqualTo(before);
            CompletedSale sale = till.checkout().payCash(lines(journal, "LATTE", "LATTE", "CHEESECAKE"),
                    new CustomerAtTill.Known(semPhone, lookup.hashOf(semPhone), sem), Long.MAX_VALUE, 2_000);
            assertThat(sale.priced().pointsRedeemed()).isPositive();
            UUID saleId = sale.record().saleId();

            // the refund reaches the server before its sale: it waits, nothing is applied
            RefundRecord oneLatte = new RefundRecord(UUID.randomUUID(), saleId, Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null);
            assertThat(client.pushRefunds(List.of(oneLatte)).outcomes()).singleElement()
                    .extracting(RefundOutcome::status).isEqualTo(RefundOutcome.Status.DEFERRED);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM refund WHERE sale_id = ?", saleId.toString())).isZero();

            journal.refunds().record(oneLatte);
            sync.syncOnce();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM refund WHERE sale_id = ?", saleId.toString()))
                    .isEqualTo(1);

            RefundRecord theRest = new RefundRecord(UUID.randomUUID(), saleId, Instant.now(),
                    List.of(new RefundRecord.Line(1, 1), new RefundRecord.Line(2, 1)), null);
            journal.refunds().record(theRest);
            sync.syncOnce();

            RefundRecord tooMuch = new RefundRecord(UUID.randomUUID(), saleId, Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null);
            RefundOutcome refused = client.pushRefunds(List.of(tooMuch)).outcomes().get(0);
            assertThat(refused.status()).isEqualTo(RefundOutcome.Status.REJECTED);
            assertThat(refused.message()).isEqualTo("line 1 (LATTE): 1 to refund but only 0 left");
            assertThat(client.pushRefunds(List.of(theRest)).outcomes().get(0).status())
                    .isEqualTo(RefundOutcome.Status.DUPLICATE);

            assertThat(ServerFixture.ledgerSum(sem.customerId())).as("every point of the sale reversed")
                    .isEqualTo(before);
            assertThat(ServerFixture.count("SELECT SUM(money_back_minor) FROM refund WHERE sale_id = ?",
                    saleId.toString())).isEqualTo(sale.priced().dueMinor());
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
            assertThat(lookup.find(semPhone).orElseThrow().balance()).isEqualTo(before);
        }
    }

    @Test
    void twoTillsTakingTheSameBalanceAtOnceNeverOverdrawIt() throws Exception {
        try (Journal first = Journal.open(tillDir.resolve("a.db")); Journal second = Journal.open(tillDir.resolve("b.db"))) {
            SyncClient tillA = SyncClient.paired(server.toString(), new TillSync(first)
                    .pair(server.toString(), ServerFixture.issuePairingCode(), "Till A").token());
            SyncClient tillB = SyncClient.paired(server.toString(), new TillSync(second)
                    .pair(server.toString(), ServerFixture.issuePairingCode(), "Till B").token());
            TillContext till = new TillContext(first, new TillSync(first), Clock.systemUTC(), Locale.US,
                    Runnable::run, Runnable::run);
            CachedCustomer eva = till.customerLookup().find(till.customerLookup().normalize("06 1234 5678"))
                    .orElseThrow();
            long balance = ServerFixture.ledgerSum(eva.customerId());
            assertThat(balance).isGreaterThan(3);
            long points = balance * 2 / 3; // both together would overdraw
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Object>> answers = new ArrayList<>();
                    for (SyncClient client : List.of(tillA, tillB)) {
                        answers.add(pool.submit(() -> {
                            start.await();
                            try {
                                return client.takeRedemption(
                                        new RedemptionRequest(UUID.randomUUID(), eva.customerId(), points));
                            } catch (SyncException refused) {
                                return refused;
                            }
                        }));
                    }
                    start.countDown();
                    List<Object> results = new ArrayList<>();
                    for (Future<Object> answer : answers) {
                        results.add(answer.get(30, TimeUnit.SECONDS));
                    }
                    List<RedemptionGrant> grants = results.stream().filter(RedemptionGrant.class::isInstance)
                            .map(RedemptionGrant.class::cast).toList();
                    assertThat(grants).as("round " + round).hasSize(1);
                    assertThat(results).filteredOn(SyncException.class::isInstance).singleElement()
                            .satisfies(r -> {
                                assertThat(((SyncException) r).status()).isEqualTo(409);
                                assertThat(((SyncException) r).getMessage()).startsWith("Eva has ");
                            });
                    assertThat(grants.get(0).balanceAfter()).isEqualTo(balance - points);
                    assertThat(ServerFixture.ledgerSum(eva.customerId())).isEqualTo(balance - points);
                    // the cashier abandons the sale: the points come back for the next round
                    tillA.releaseRedemption(grants.get(0).saleId());
                    assertThat(ServerFixture.ledgerSum(eva.customerId())).isEqualTo(balance);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void pointsTakenOnlineAreNotTakenAgainWhenTheSaleArrives() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillSync sync = new TillSync(journal);
            TillIdentity identity = sync.pair(server.toString(), ServerFixture.issuePairingCode(), "Online till");
            SyncClient client = SyncClient.paired(server.toString(), identity.token());
            TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            CustomerLookup lookup = till.customerLookup();
            var evaPhone = lookup.normalize("06 1234 5678");
            CachedCustomer eva = lookup.find(evaPhone).orElseThrow();
            long before = ServerFixture.ledgerSum(eva.customerId());
            CompletedSale sale = till.checkout().payCash(lines(journal, "ESPRESSO", "CHEESECAKE"),
                    new CustomerAtTill.Known(evaPhone, lookup.hashOf(evaPhone), eva), 50, 2_000);
            assertThat(sale.priced().pointsRedeemed()).isEqualTo(50);
            RedemptionGrant grant = client.takeRedemption(
                    new RedemptionRequest(sale.record().saleId(), eva.customerId(), 50));
            // asked twice (the first answer lost): taken once
            assertThat(client.takeRedemption(new RedemptionRequest(sale.record().saleId(), eva.customerId(), 50)))
                    .isEqualTo(grant);

            sync.syncOnce();

            assertThat(ServerFixture.ledgerSum(eva.customerId()))
                    .isEqualTo(before - 50 + sale.priced().pointsEarned());
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status = 'CONSUMED'",
                    sale.record().saleId().toString())).isEqualTo(1);
            SyncException tooLate = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.releaseRedemption(sale.record().saleId()));
            assertThat(tooLate.status()).isEqualTo(409);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void customersAreFoundByPhoneCardAndNfcAndOnlyAFreshRotatingCodeRedeems() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillIdentity identity = new TillSync(journal).pair(server.toString(), ServerFixture.issuePairingCode(),
                    "Scanner till");
            SyncClient client = SyncClient.paired(server.toString(), identity.token());

            IdentifiedCustomer eva = client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "06-12345678"));
            assertThat(eva.firstName()).isEqualTo("Eva");
            assertThat(eva.canRedeem()).isTrue();
            client.linkCard(eva.customerId(), new CardLink(CardLink.Kind.PRINTED, "4821 0000 1234"));
            client.linkCard(eva.customerId(), new CardLink(CardLink.Kind.NFC, "04:a2:3b:7c:11:22:80"));

            IdentifiedCustomer byCard = client.identify(new IdentifyRequest(IdentifyRequest.Method.CARD, "482100001234"));
            IdentifiedCustomer byNfc = client.identify(new IdentifyRequest(IdentifyRequest.Method.NFC, "04A23B7C112280"));
            assertThat(byCard.customerId()).isEqualTo(eva.customerId());
            assertThat(byNfc.customerId()).isEqualTo(eva.customerId());
            assertThat(byCard.canRedeem()).as("a static card number earns only").isFalse();
            assertThat(byNfc.canRedeem()).isFalse();

            IdentifiedCustomer sem = client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "+31687654321"));
            SyncException taken = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.linkCard(sem.customerId(), new CardLink(CardLink.Kind.PRINTED, "482100001234")));
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.getMessage()).isEqualTo("This card belongs to another customer");

            byte[] secret = java.util.Base64.getDecoder().decode(ServerFixture.text(
                    "SELECT code_secret FROM customer_card WHERE card_number = '482100001234'"));
            String fresh = RotatingRedeemCode.codeFor(secret, "482100001234", Instant.now());
            assertThat(client.identify(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, fresh)).canRedeem())
                    .isTrue();
            String screenshot = RotatingRedeemCode.codeFor(secret, "482100001234", Instant.now().minusSeconds(300));
            SyncException old = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.identify(new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, screenshot)));
            assertThat(old.status()).isEqualTo(410);
            assertThat(old.getMessage()).startsWith("This code is more than a minute old");

            SyncException unknownCard = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.identify(new IdentifyRequest(IdentifyRequest.Method.CARD, "9999 9999")));
            assertThat(unknownCard.status()).isEqualTo(404);
            SyncException badPhone = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "12")));
            assertThat(badPhone.status()).isEqualTo(400);
            assertThat(badPhone.getMessage()).contains("is not a valid phone number");
            SyncException badCard = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class,
                    () -> client.identify(new IdentifyRequest(IdentifyRequest.Method.CARD, "#!")));
            assertThat(badCard.getMessage()).isEqualTo("\"#!\" is not a card number (4 to 32 letters and digits, after an optional RC)");
        }
    }

    @Test
    void twoTillsPushingInterleavedBatchesForTheSameCustomersCountEverySaleOnce() throws Exception {
        try (Journal first = Journal.open(tillDir.resolve("a.db")); Journal second = Journal.open(tillDir.resolve("b.db"))) {
            List<Journal> journals = List.of(first, second);
            List<TillSync> syncs = new ArrayList<>();
            for (Journal journal : journals) {
                TillSync sync = new TillSync(journal);
                sync.pair(server.toString(), ServerFixture.issuePairingCode(), "Interleaved " + syncs.size());
                syncs.add(sync);
            }
            List<String> phones = List.of("06 5000 0001", "06 5000 0002", "06 5000 0003");
            // every customer enrolls at till A, then both tills sell to all of them, offline, many times
            TillContext a = new TillContext(first, syncs.get(0), Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            for (String typed : phones) {
                var phone = a.customerLookup().normalize(typed);
                a.checkout().payCash(lines(first, "ESPRESSO"),
                        new CustomerAtTill.Enrolling(phone, a.customerLookup().hashOf(phone), null, true, null), 0, 240);
            }
            syncs.get(0).syncOnce();
            syncs.get(1).syncOnce();
            List<UUID> saleIds = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                TillContext till = new TillContext(journals.get(t), syncs.get(t), Clock.systemUTC(), Locale.US,
                        Runnable::run, Runnable::run);
                for (int round = 0; round < 120; round++) {
                    var phone = till.customerLookup().normalize(phones.get(round % phones.size()));
                    CachedCustomer known = till.customerLookup().find(phone).orElseThrow();
                    saleIds.add(till.checkout().payCash(lines(journals.get(t), "LATTE"),
                            new CustomerAtTill.Known(phone, till.customerLookup().hashOf(phone), known), 0, 390)
                            .record().saleId());
                }
            }
            // both tills come online at once and push their backlogs (two batches each) side by side
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<SyncReport>> reports = new ArrayList<>();
                for (TillSync sync : syncs) {
                    reports.add(pool.submit(sync::syncOnce));
                }
                int accepted = 0;
                for (Future<SyncReport> report : reports) {
                    accepted += report.get(60, TimeUnit.SECONDS).accepted();
                }
                assertThat(accepted).isEqualTo(240);
            } finally {
                pool.shutdownNow();
            }
            for (UUID id : saleIds) {
                assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ?", id.toString()))
                        .isEqualTo(1);
            }
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
            assertThat(first.unsettledCount() + second.unsettledCount()).isZero();
        }
    }

    @Test
    void aPageOfChangesNeverCutsTheCustomersOfOneBatch() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Paging till");
            TillSync sync = paired.sync();
            TillIdentity identity = paired.identity();
            TillContext till = paired.context();
            CustomerLookup lookup = till.customerLookup();
            long cursor = journal.cursor();
            for (String typed : List.of("06 4000 0001", "06 4000 0002", "06 4000 0003")) {
                var phone = lookup.normalize(typed);
                till.checkout().payCash(lines(journal, "ESPRESSO"),
                        new CustomerAtTill.Enrolling(phone, lookup.hashOf(phone), null, true, null), 0, 240);
            }
            // one batch, one transaction, one change number for the three new customers
            assertThat(sync.syncOnce().accepted()).isEqualTo(3);

            var page = BadInput.get(server, "v1/sync/changes?since=" + cursor + "&limit=1", identity.token());

            assertThat(page.statusCode()).isEqualTo(200);
            var json = dev.regulars.core.sync.WireJson.mapper().readValue(page.body(),
                    dev.regulars.core.sync.ChangesPage.class);
            assertThat(json.hasMore()).isTrue();
            assertThat(json.customers()).hasSizeGreaterThanOrEqualTo(3);
            var next = dev.regulars.core.sync.WireJson.mapper().readValue(BadInput.get(server,
                    "v1/sync/changes?since=" + json.cursor(), identity.token()).body(),
                    dev.regulars.core.sync.ChangesPage.class);
            assertThat(next.customers()).extracting(c -> c.customerId())
                    .doesNotContainAnyElementsOf(json.customers().stream().map(c -> c.customerId()).toList());
        }
    }

    @Test
    void refundingTheFriendsFirstPurchaseCancelsTheInvitersBonus() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Cancel till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            var phone = till.customerLookup().normalize("06 4600 0001");
            CompletedSale first = till.checkout().payCash(lines(journal, "LATTE"),
                    new CustomerAtTill.Enrolling(phone, till.customerLookup().hashOf(phone), "Jip", true, "EVA234"),
                    0, 500);
            sync.syncOnce();
            String saleId = first.record().saleId().toString();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE first_sale_id = ?"
                    + " AND status = 'PENDING'", saleId)).isEqualTo(1);

            journal.refunds().record(new RefundRecord(UUID.randomUUID(), first.record().saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null));
            sync.syncOnce();

            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE first_sale_id = ?"
                    + " AND status = 'CANCELLED'", saleId)).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void theSaleScreenFindsAScannedCardOnTheServerAndOnlyTheRotatingCodeLetsPointsPay() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillSync sync = new TillSync(journal);
            TillIdentity identity = sync.pair(server.toString(), ServerFixture.issuePairingCode(), "Scanner screen");
            SyncClient client = SyncClient.paired(server.toString(), identity.token());
            IdentifiedCustomer sem = client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "06 8765 4321"));
            client.linkCard(sem.customerId(), new CardLink(CardLink.Kind.PRINTED, "5555 0000 1111"));
            TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run,
                    Runnable::run);
            var model = new dev.regulars.pos.ui.sale.SaleViewModel(till, () -> { });
            model.add(journal.catalog().stream().filter(i -> i.sku().equals("LATTE")).findFirst().orElseThrow());
            // the demo's latte asks its size: the regular one
            model.grid().confirmChoice();

            model.phoneInputProperty().set("RC555500001111");
            model.findCustomer();
            assertThat(model.customerStatusProperty().get()).startsWith("Sem · card · ")
                    .endsWith("points can pay only with the phone number or the code from the card page");
            assertThat(model.canRedeemProperty().get()).isFalse();

            byte[] secret = java.util.Base64.getDecoder().decode(ServerFixture.text(
                    "SELECT code_secret FROM customer_card WHERE card_number = '555500001111'"));
            model.phoneInputProperty().set(RotatingRedeemCode.codeFor(secret, "555500001111", Instant.now()));
            model.findCustomer();
            assertThat(model.canRedeemProperty().get()).isTrue();
            long before = ServerFixture.ledgerSum(sem.customerId());
            model.redeemPointsProperty().set(true);
            model.payCash();
            assertThat(model.errorMessageProperty().get()).isEmpty();
            String saleId = model.lastSaleProperty().get().record().saleId().toString();
            // the points were taken online first, under the sale's id
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status = 'HELD'",
                    saleId)).isEqualTo(1);
            assertThat(sync.syncOnce().accepted()).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status ="
                    + " 'CONSUMED'", saleId)).isEqualTo(1);

            var sale = journal.outcomeOf(model.lastSaleProperty().get().record().saleId()).orElseThrow();
            assertThat(sale.pointsRedeemed()).isPositive();
            assertThat(ServerFixture.ledgerSum(sem.customerId()))
                    .isEqualTo(before - sale.pointsRedeemed() + sale.pointsEarned());
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void aRefusedFriendsCodeIsRecordedAndWhatWasPaidStands() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Referral till");
            TillSync sync = paired.sync();
            TillContext till = paired.context();
            CustomerLookup lookup = till.customerLookup();
            var phone = lookup.normalize("06 3456 7890");
            // offline the till cannot know the code is nobody's: it gives the friend's discount
            CompletedSale sale = till.checkout().payCash(lines(journal, "CHEESECAKE"),
                    new CustomerAtTill.Enrolling(phone, lookup.hashOf(phone), null, false, "ZZZ999"), 0, 500);
            assertThat(sale.priced().referralDiscountMinor()).isEqualTo(90);

            sync.syncOnce();

            String id = sale.record().saleId().toString();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE sale_id = ?"
                    + " AND reason = 'no customer has this code'", id)).isEqualTo(1);
            // what the customer paid stands; the points are the server's on that money, the refusal is flagged
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND figures_differ"
                    + " AND referral_discount_minor = 90 AND due_minor = 360 AND till_due_minor = 360"
                    + " AND points_earned = 11 AND discrepancy ="
                    + " 'referral discount given at the till but refused: no customer has this code'", id))
                    .isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void aFriendsCodeIsCheckedOnlineBeforeTheTillShowsTheDiscount() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Referral check till");
            SyncClient client = SyncClient.paired(server.toString(), paired.identity().token());
            var check = (java.util.function.BiFunction<String, String, dev.regulars.core.referral.ReferralVerdict>)
                    (code, phone) -> {
                        try {
                            return client.checkReferral(new dev.regulars.core.referral.ReferralVerdict.Request(code,
                                    phone));
                        } catch (dev.regulars.pos.sync.SyncException e) {
                            throw new AssertionError(e);
                        }
                    };

            assertThat(check.apply("YYY888", "+31655551234"))
                    .isEqualTo(dev.regulars.core.referral.ReferralVerdict.UNKNOWN_CODE);
            // Eva's own code, her phone as typed at the till
            assertThat(check.apply("eva-234", "06-12345678"))
                    .isEqualTo(dev.regulars.core.referral.ReferralVerdict.OWN_CODE);
            // nothing is recorded by a check: only a sale's booking records an attempt
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE code = ?", "YYY888"))
                    .isZero();
        }
    }

    @Test
    void aSaleWhoseAnswerWasLostIsSettledByTheResendWithoutCountingTwice() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Lossy till");
            TillSync sync = paired.sync();
            TillIdentity identity = paired.identity();
            TillContext till = paired.context();
            CustomerLookup lookup = till.customerLookup();
            var semPhone = lookup.normalize("+31 6 8765 4321");
            CompletedSale sale = till.checkout().payCash(lines(journal, "ESPRESSO"),
                    new CustomerAtTill.Known(semPhone, lookup.hashOf(semPhone), lookup.find(semPhone).orElseThrow()),
                    0, 240);
            // the server applies it, but the till never hears back
            SyncClient.paired(server.toString(), identity.token()).pushSales(List.of(sale.record()));
            assertThat(journal.unsettledCount()).isEqualTo(1);

            SyncReport resend = sync.syncOnce();

            assertThat(resend.duplicates()).isEqualTo(1);
            assertThat(journal.unsettledCount()).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id = ?",
                    sale.record().saleId().toString())).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void modifiersDiscountsVatAndASplitPaymentAreBookedAsTheTillPricedThemAndRefundExactly() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Modifier till");
            TillContext till = paired.context();
            CustomerLookup lookup = till.customerLookup();
            var semPhone = lookup.normalize("+31 6 8765 4321");
            CachedCustomer sem = lookup.find(semPhone).orElseThrow();
            long before = ServerFixture.ledgerSum(sem.customerId());
            // two large oat lattes at 10 % off the line: (350 + 50 + 40) * 2 = 880 - 88 = 792; a cheesecake 450
            List<CheckLine> lines = List.of(
                    new CheckLine("LATTE", "Latte", 2, 350, List.of(new Modifier("Size", "Large", 50),
                            new Modifier("Milk", "Oat", 40)), BasisPoints.percent(9),
                            Discount.percent(BasisPoints.percent(10), 0)),
                    new CheckLine("CHEESECAKE", "Cheesecake", 1, 450, List.of(), BasisPoints.percent(9), null));
            // 1242 less 42 off the check: 1200, paid 7.00 by card and 5.00 in cash from a 10 note
            var cashier = journal.cashiers().get(0);
            CompletedSale sale = till.checkout().pay(UUID.randomUUID(), new CheckDraft(lines,
                    new CustomerAtTill.Known(semPhone, lookup.hashOf(semPhone), sem), 0, Discount.fixed(42)),
                    List.of(Tender.card(700), Tender.cash(500, 1_000)), cashier);
            assertThat(sale.priced().dueMinor()).isEqualTo(1200);
            assertThat(sale.changeMinor()).isEqualTo(500);
            String saleId = sale.record().saleId().toString();

            paired.sync().syncOnce();

            assertThat(journal.unsettledCount()).isZero();
            assertThat(ServerFixture.text("SELECT CONCAT(subtotal_minor, '/', check_discount_minor, '/', due_minor,"
                    + " '/', figures_differ) FROM sale WHERE id = '" + saleId + "'")).isEqualTo("1242/42/1200/0");
            assertThat(ServerFixture.text("SELECT CONCAT(modifiers_minor, '/', vat_rate_bp, '/', discount_minor)"
                    + " FROM sale_line WHERE sale_id = '" + saleId + "' AND line_no = 0")).isEqualTo("90/900/88");
            assertThat(ServerFixture.text("SELECT modifiers FROM sale_line WHERE sale_id = '" + saleId
                    + "' AND line_no = 0")).contains("\"option\":\"Oat\"");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale_payment WHERE sale_id = ?", saleId))
                    .isEqualTo(2);
            assertThat(ServerFixture.text("SELECT cashier_id FROM sale WHERE id = '" + saleId + "'"))
                    .isEqualTo(cashier.cashierId().toString());

            // one latte back, then the rest: the money adds up to what was paid, the points to nothing
            journal.refunds().record(new RefundRecord(UUID.randomUUID(), sale.record().saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null));
            paired.sync().syncOnce();
            // one latte is 396 of the 1242 subtotal: 396 / 1242 of the 1200 paid = 382.6 -> 383
            assertThat(ServerFixture.count("SELECT SUM(money_back_minor) FROM refund WHERE sale_id = ?", saleId))
                    .isEqualTo(383);
            journal.refunds().record(new RefundRecord(UUID.randomUUID(), sale.record().saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1), new RefundRecord.Line(2, 1)), null));
            paired.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT SUM(money_back_minor) FROM refund WHERE sale_id = ?", saleId))
                    .isEqualTo(1200);
            assertThat(ServerFixture.ledgerSum(sem.customerId())).isEqualTo(before);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void aShiftsZReportAndItsRefundReachTheServerOnceWithWhoAndHow() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Shift till");
            TillContext till = paired.context();
            var cashiers = journal.cashiers();
            var cashier = cashiers.get(0);
            ShiftDesk shifts = new ShiftDesk(journal, Clock.systemUTC(), "EUR");
            shifts.open(cashier, 50_00);
            journal.drawer().record(new dev.regulars.pos.journal.DrawerLog.Opening(UUID.randomUUID(),
                    java.time.Instant.now(), cashier.cashierId(), dev.regulars.pos.journal.DrawerLog.Reason.NO_SALE,
                    shifts.current().orElseThrow().shiftId()));
            CompletedSale sale = till.checkout().pay(UUID.randomUUID(), new CheckDraft(lines(journal, "ESPRESSO",
                    "ESPRESSO"), new CustomerAtTill.Anonymous(), 0, null), List.of(Tender.cash(480, 500)), cashier);
            RefundRecord refund = new RefundDesk(journal, Clock.systemUTC()).refund(
                    journal.saleNumbered(sale.receiptNumber()).orElseThrow(), java.util.Map.of(1, 1),
                    dev.regulars.core.sync.PaymentRecord.PaymentMethod.CASH, cashier, cashier);
            ShiftRecord z = shifts.close(cashier, 52_40);

            paired.sync().syncOnce();

            String id = z.shiftId().toString();
            assertThat(ServerFixture.text("SELECT CONCAT(opening_cash_minor, '/', counted_cash_minor, '/',"
                    + " expected_cash_minor, '/', takings_minor, '/', sales_count) FROM till_shift WHERE id = '" + id
                    + "'")).isEqualTo("5000/5240/5240/480/1");
            // the drawer opened without a sale, as the Z report printed it
            assertThat(ServerFixture.text("SELECT JSON_VALUE(report, '$.report.noSales') FROM till_shift WHERE id = '"
                    + id + "'")).isEqualTo("1");
            // the journal's chain head with the Z report in it: the opening, the sale, the refund, the Z report
            assertThat(z.chain().links()).isEqualTo(4);
            assertThat(ServerFixture.text("SELECT CONCAT(chain_hash, '/', chain_links, '/', last_receipt) FROM"
                    + " till_shift WHERE id = '" + id + "'")).isEqualTo(z.chain().hash() + "/4/"
                    + sale.receiptNumber());
            assertThat(journal.verifyChain(z.chain().shortHash()).intact()).isTrue();
            assertThat(ServerFixture.text("SELECT CONCAT(paid_back_by, '/', cashier_id) FROM refund WHERE id = '"
                    + refund.refundId() + "'")).isEqualTo("CASH/" + cashier.cashierId());
            assertThat(journal.shifts().unsynced(10)).isEmpty();
            SyncClient client = SyncClient.paired(server.toString(), paired.identity().token());
            assertThat(client.pushShifts(List.of(z)).outcomes()).singleElement()
                    .extracting(ShiftOutcome::status).isEqualTo(ShiftOutcome.Status.DUPLICATE);
            ShiftRecord inDollars = new ShiftRecord(UUID.randomUUID(), "USD", z.openedAt(), null, 0, z.closedAt(),
                    null, 0, z.report());
            assertThat(client.pushShifts(List.of(inDollars)).outcomes()).singleElement()
                    .extracting(ShiftOutcome::message).isEqualTo("the shift is in USD but the store sells in EUR");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM till_shift WHERE id = ?",
                    inDollars.shiftId().toString())).isZero();
            ShiftRecord badHead = new ShiftRecord(UUID.randomUUID(), "EUR", z.openedAt(), null, 0, z.closedAt(),
                    null, 0, z.report()).withChain(new ShiftRecord.ChainHead("not a hash", 4, 1));
            assertThat(client.pushShifts(List.of(badHead)).outcomes()).singleElement()
                    .extracting(ShiftOutcome::message).asString().startsWith("a chain head is 64 lower-case hex");
        }
    }

    @Test
    void aRefundPaidBackPartCashPartCardKeepsItsSplitOnTheServer() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            PairedTill paired = PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(),
                    "Split till");
            TillContext till = paired.context();
            var cashier = journal.cashiers().get(0);
            CompletedSale sale = till.checkout().pay(UUID.randomUUID(), new CheckDraft(lines(journal, "ESPRESSO",
                    "ESPRESSO"), new CustomerAtTill.Anonymous(), 0, null),
                    List.of(Tender.cash(300, 300), Tender.card(180)), cashier);
            RefundRecord refund = new RefundDesk(journal, Clock.systemUTC()).refund(
                    journal.saleNumbered(sale.receiptNumber()).orElseThrow(), java.util.Map.of(1, 2),
                    dev.regulars.core.sync.PaymentRecord.PaymentMethod.CASH, cashier, cashier);
            assertThat(refund.paidBack()).hasSize(2);

            paired.sync().syncOnce();

            assertThat(ServerFixture.text("SELECT GROUP_CONCAT(CONCAT(method, ' ', amount_minor) ORDER BY seq"
                    + " SEPARATOR ' + ') FROM refund_payment WHERE refund_id = '" + refund.refundId() + "'"))
                    .isEqualTo("CASH 300 + CARD 180");
            assertThat(ServerFixture.text("SELECT paid_back_by FROM refund WHERE id = '" + refund.refundId() + "'"))
                    .isEqualTo("CASH");
        }
    }

    /**
     * kill -9 of a real till process in the middle of sales and of syncs, again and again: every sale it had
     * journalled reaches the server exactly once, and the ledger stays the sum of its entries.
     */
    @Test
    void aTillKilledInTheMiddleOfSalesAndSyncsLosesNoSaleAndCountsNoneTwice() throws Exception {
        Path file = tillDir.resolve("crash.db");
        try (Journal journal = Journal.open(file)) {
            PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), "Crash till");
        }
        java.util.Set<String> acknowledged = new java.util.LinkedHashSet<>();
        int killedMidSync = 0;
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 6; round++) {
            Process till = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TillCrashWorker.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            boolean midSync = round % 2 == 0;
            int salesBeforeKill = 5 + random.nextInt(30);
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(till.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII))) {
                String line;
                int sales = 0;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("SALE ")) {
                        acknowledged.add(line.substring(5));
                        if (!midSync && ++sales >= salesBeforeKill) {
                            break;
                        }
                    } else if (midSync && line.equals("SYNC")) {
                        // the sync has begun: somewhere in pushing, applying or recording the answers
                        Thread.sleep(random.nextInt(40));
                        killedMidSync++;
                        break;
                    }
                }
                till.destroyForcibly();
                till.waitFor();
            }
        }
        assertThat(killedMidSync).isEqualTo(3);
        assertThat(acknowledged).hasSizeGreaterThan(30);

        try (Journal journal = Journal.open(file)) {
            TillSync sync = new TillSync(journal);
            sync.syncOnce();
            assertThat(journal.unsettledCount()).isZero();
            assertThat(journal.verifyChain().intact()).isTrue();
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (long n = 1; n <= journal.lastSaleNumber(); n++) {
                ids.add(journal.saleNumbered(n).orElseThrow().record().saleId().toString());
            }
            assertThat(ids).containsAll(acknowledged);
            String list = String.join("','", ids);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id IN ('" + list + "')"))
                    .isEqualTo(ids.size());
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM ledger_entry WHERE sale_id IN ('" + list + "')"))
                    .isEqualTo(ids.stream().filter(id -> journal.sale(UUID.fromString(id)).orElseThrow().record()
                            .customer() != null).count());
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void refusesBadRequestsWithAClearMessageAndWritesNothing() throws Exception {
        try (Journal journal = Journal.open(tillDir.resolve("journal.db"))) {
            TillIdentity identity = new TillSync(journal).pair(server.toString(), ServerFixture.issuePairingCode(),
                    "Strict till");
            String token = identity.token();
            long salesBefore = ServerFixture.count("SELECT COUNT(*) FROM sale");

            var noToken = BadInput.post(server, "v1/sync/sales", null, "{\"sales\":[]}");
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(noToken.body()).contains("Authorization: Bearer");

            var unknownToken = BadInput.get(server, "v1/sync/changes?since=0", "not-a-token");
            assertThat(unknownToken.statusCode()).isEqualTo(401);
            assertThat(unknownToken.body()).contains("This till token is not known; pair the till again");

            var malformed = BadInput.post(server, "v1/sync/sales", token, "{\"sales\": [");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("the body is not valid JSON");

            var unknownField = BadInput.post(server, "v1/sync/sales", token, "{\"sales\": [], \"discount\": 5}");
            assertThat(unknownField.statusCode()).isEqualTo(400);
            assertThat(unknownField.body()).contains("unknown field \\\"discount\\\" at $.discount");

            var badCursor = BadInput.get(server, "v1/sync/changes?since=-1", token);
            assertThat(badCursor.statusCode()).isEqualTo(400);
            assertThat(badCursor.body()).contains("since must be a whole number from 0");

            String sale = saleJson("11111111-2222-3333-4444-555555555555", 2, 390, 780);
            var tooMany = BadInput.post(server, "v1/sync/sales", token,
                    "{\"sales\": [" + String.join(",", java.util.Collections.nCopies(501, sale)) + "]}");
            assertThat(tooMany.statusCode()).isEqualTo(413);
            assertThat(tooMany.body()).contains("A batch holds at most 500 sales; this one has 501");

            var negative = BadInput.post(server, "v1/sync/sales", token,
                    "{\"sales\": [" + saleJson("21111111-2222-3333-4444-555555555555", -2, 390, -780) + "]}");
            assertThat(negative.statusCode()).isEqualTo(200);
            assertThat(negative.body()).contains("\"status\":\"REJECTED\"")
                    .contains("line 1 (LATTE): quantity must be positive, was -2");

            var first = BadInput.post(server, "v1/sync/sales", token,
                    "{\"sales\": [" + saleJson("31111111-2222-3333-4444-555555555555", 1, 390, 390) + "]}");
            assertThat(first.body()).contains("\"status\":\"ACCEPTED\"");
            var reused = BadInput.post(server, "v1/sync/sales", token,
                    "{\"sales\": [" + saleJson("31111111-2222-3333-4444-555555555555", 2, 390, 780) + "]}");
            assertThat(reused.body()).contains("\"status\":\"REJECTED\"")
                    .contains("this sale id was already used for a sale with different content");

            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale")).isEqualTo(salesBefore + 1);

            // revoked behind the server's back (as another server would): refused within the server's recheck time;
            // AdminIT revokes through the admin, which refuses at once
            ServerFixture.revoke(identity.terminalId());
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            var revoked = BadInput.post(server, "v1/sync/sales", token, "{\"sales\": []}");
            while (revoked.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                revoked = BadInput.post(server, "v1/sync/sales", token, "{\"sales\": []}");
            }
            assertThat(revoked.statusCode()).isEqualTo(403);
            assertThat(revoked.body()).contains("This till was revoked in the admin");
        }
    }

    @Test
    void aPairingCodeWorksOnce() throws Exception {
        String code = ServerFixture.issuePairingCode();
        var first = BadInput.post(server, "v1/terminals/pair", null,
                "{\"code\": \"" + code.toLowerCase(Locale.ROOT) + "\", \"terminalName\": \"Bar\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        var second = BadInput.post(server, "v1/terminals/pair", null,
                "{\"code\": \"" + code + "\", \"terminalName\": \"Bar 2\"}");
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(second.body()).contains("This pairing code was already used");
        var unknown = BadInput.post(server, "v1/terminals/pair", null,
                "{\"code\": \"NOPE-1234\", \"terminalName\": \"Bar 3\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        var noName = BadInput.post(server, "v1/terminals/pair", null, "{\"code\": \"X\", \"terminalName\": \" \"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("Give the till a name");
    }

    private static String saleJson(String id, int quantity, long price, long total) {
        return "{\"saleId\":\"" + id + "\",\"rungUpAt\":\"2026-11-23T09:00:00Z\",\"rulesVersion\":1,"
                + "\"currency\":\"EUR\",\"lines\":[{\"sku\":\"LATTE\",\"name\":\"Caffè latte\","
                + "\"quantity\":" + quantity + ",\"unitPriceMinor\":" + price + "}],\"payments\":[{\"method\":"
                + "\"CASH\",\"amountMinor\":" + total + ",\"tenderedMinor\":" + total + "}],\"customer\":null,"
                + "\"enrollment\":null,\"pointsRedeemed\":0,\"tillFigures\":{\"subtotalMinor\":" + total
                + ",\"referralDiscountMinor\":0,\"redeemDiscountMinor\":0,\"dueMinor\":" + total + ",\"pointsEarned\":0}}";
    }

    private static List<dev.regulars.core.pricing.CheckLine> lines(Journal journal, String... skus) {
        dev.regulars.pos.sale.Cart cart = new dev.regulars.pos.sale.Cart();
        for (String sku : skus) {
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow());
        }
        return cart.lines();
    }
}
