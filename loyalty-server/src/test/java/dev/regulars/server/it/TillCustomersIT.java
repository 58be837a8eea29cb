package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.IdentifiedCustomer;
import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.ui.sale.SaleViewModel;
import java.net.URL;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sale screen's view model of real tills against the server on Payara Micro and MariaDB: customers found in
 * the till's cache or on the server, cards handed over at enrollment, and points taken online before a sale.
 * Every test makes its own customers (phones +31 6 4000 10xx, cards 7000 00xx).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(SharedServer.class)
class TillCustomersIT {

    private final URL server = SharedServer.url();

    @TempDir
    Path dir;

    @Test
    void aCardHandedOverAtEnrollmentIsLinkedAndFindsTheCustomerOnAnotherTillOffline() throws Exception {
        try (Journal a = Journal.open(dir.resolve("a.db")); Journal b = Journal.open(dir.resolve("b.db"))) {
            PairedTill tillA = pair(a, "Card till A");
            PairedTill tillB = pair(b, "Card till B");
            SaleViewModel screen = new SaleViewModel(tillA.context(), () -> { });
            screen.add(item(a, "LATTE"));
            screen.grid().confirmChoice(); // a product's questions: the first answers
            screen.phoneInputProperty().set("06 4000 1001");
            screen.findCustomer();
            // nobody on this till nor on the server
            assertThat(screen.enrollmentOpenProperty().get()).isTrue();
            screen.enrollment().firstNameProperty().set("Lieke");
            screen.enrollment().lastNameProperty().set("Jansen");
            screen.enrollment().cardProperty().set("RC-7000 0001");
            screen.enrollment().consentProperty().set(true);
            screen.enroll();
            screen.payCash();
            assertThat(screen.errorMessageProperty().get()).isEmpty();
            assertThat(tillA.sync().syncOnce().accepted()).isEqualTo(1);

            String lieke = ServerFixture.text("SELECT id FROM customer WHERE phone_e164 = '+31640001001'");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE id = ? AND first_name = 'Lieke'"
                    + " AND last_name = 'Jansen'", lieke)).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE card_number = '70000001'"
                    + " AND customer_id = ? AND kind = 'PRINTED'", lieke)).isEqualTo(1);

            tillB.sync().syncOnce();
            // till B knows the card from its cache: no server needed to find her
            CustomerLookup lookupB = tillB.context().customerLookup();
            assertThat(lookupB.findByCard("70000001")).get()
                    .satisfies(c -> assertThat(c.customerId()).hasToString(lieke));
            SaleViewModel screenB = new SaleViewModel(tillB.context(), () -> { });
            screenB.add(item(b, "ESPRESSO"));
            screenB.grid().confirmChoice(); // a product's questions: the first answers
            screenB.phoneInputProperty().set("RC70000001");
            screenB.findCustomer();
            assertThat(screenB.customerStatusProperty().get()).startsWith("Lieke · card · ");
            screenB.payCash();
            assertThat(tillB.sync().syncOnce().accepted()).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE customer_id = ?", lieke)).isEqualTo(2);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void theInvitersOwnCardGivenAtEnrollmentIsASelfReferral() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairedTill till = pair(journal, "Self-referral till");
            SyncClient client = SyncClient.paired(server.toString(), till.identity().token());
            IdentifiedCustomer eva = client.identify(new IdentifyRequest(IdentifyRequest.Method.PHONE, "06 1234 5678"));
            client.linkCard(eva.customerId(), new CardLink(CardLink.Kind.PRINTED, "7000 0002"));
            CustomerLookup lookup = till.context().customerLookup();
            var phone = lookup.normalize("06 4000 1002");

            // offline the till cannot know whose card it is: it gives the friend's discount
            CompletedSale sale = till.context().checkout().payCash(lines(journal, "CHEESECAKE"),
                    new CustomerAtTill.Enrolling(phone, lookup.hashOf(phone), "Ev", "Again", true, "EVA234", null,
                            new CardLink(CardLink.Kind.PRINTED, "70000002")), 0, 500);
            assertThat(sale.priced().referralDiscountMinor()).isPositive();
            till.sync().syncOnce();

            String id = sale.record().saleId().toString();
            SaleOutcome outcome = journal.outcomeOf(sale.record().saleId()).orElseThrow();
            assertThat(outcome.status()).isEqualTo(SaleOutcome.Status.ACCEPTED);
            assertThat(outcome.message()).isEqualTo("card 7000 0002 belongs to another customer and was not linked");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral_attempt WHERE sale_id = ? AND reason ="
                    + " 'self-referral (card)' AND inviter_id = ?", id, eva.customerId().toString())).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM referral WHERE first_sale_id = ?", id)).isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ? AND referral_discount_minor = ?"
                    + " AND due_minor = ? AND figures_differ", id, sale.priced().referralDiscountMinor(),
                    sale.priced().dueMinor())).isEqualTo(1);
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer_card WHERE card_number = '70000002'"
                    + " AND customer_id = ?", eva.customerId().toString())).isEqualTo(1);
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    @Test
    void anEnrollmentWithACardNumberThatCannotBeOneIsRejectedWithItsReasonAndWritesNothing() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            PairedTill till = pair(journal, "Strict enrollment till");
            CustomerLookup lookup = till.context().customerLookup();
            var phone = lookup.normalize("06 4000 1005");
            CompletedSale sale = till.context().checkout().payCash(lines(journal, "LATTE"),
                    new CustomerAtTill.Enrolling(phone, lookup.hashOf(phone), "Sam", "x".repeat(101), true, null,
                            null, new CardLink(CardLink.Kind.PRINTED, "#12")), 0, 500);

            SaleOutcome outcome = SyncClient.paired(server.toString(), till.identity().token())
                    .pushSales(java.util.List.of(sale.record())).outcomes().get(0);

            assertThat(outcome.status()).isEqualTo(SaleOutcome.Status.REJECTED);
            assertThat(outcome.message()).contains("a last name has at most 100 characters",
                    "the enrollment's card: \"#12\" is not a card number (4 to 32 letters and digits, after an optional RC)");
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = '+31640001005'"))
                    .isZero();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM sale WHERE id = ?",
                    sale.record().saleId().toString())).isZero();
        }
    }

    @Test
    void aPhoneEnrolledAtAnotherTillIsFoundOnTheServerAndKeptForOfflineSales() throws Exception {
        try (Journal a = Journal.open(dir.resolve("a.db")); Journal b = Journal.open(dir.resolve("b.db"))) {
            PairedTill tillA = pair(a, "Enrolling till");
            PairedTill tillB = pair(b, "Other till");
            CustomerLookup lookupA = tillA.context().customerLookup();
            var phone = lookupA.normalize("06 4000 1003");
            tillA.context().checkout().payCash(lines(a, "LATTE", "CHEESECAKE"),
                    new CustomerAtTill.Enrolling(phone, lookupA.hashOf(phone), "Daan", true, null), 0, 2_000);
            tillA.sync().syncOnce();

            // till B has not pulled since: the server knows Daan
            assertThat(tillB.context().customerLookup().find(phone)).isEmpty();
            SaleViewModel screen = new SaleViewModel(tillB.context(), () -> { });
            screen.add(item(b, "ESPRESSO"));
            screen.grid().confirmChoice(); // a product's questions: the first answers
            screen.phoneInputProperty().set("+31 6 4000 1003");
            screen.findCustomer();

            long balance = ServerFixture.count("SELECT points_balance FROM customer WHERE phone_e164 = '+31640001003'");
            assertThat(screen.enrollmentOpenProperty().get()).isFalse();
            assertThat(screen.customerStatusProperty().get()).isEqualTo("Daan · +31 6 40001003 · " + balance + " points");
            assertThat(screen.canRedeemProperty().get()).isTrue();
            assertThat(tillB.context().customerLookup().find(phone)).get()
                    .satisfies(c -> assertThat(c.balance()).isEqualTo(balance));
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM customer WHERE phone_e164 = '+31640001003'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void pointsArePaidOnlineFirstAndAStaleBalanceIsRefusedBeforeTheSale() throws Exception {
        try (Journal a = Journal.open(dir.resolve("a.db")); Journal b = Journal.open(dir.resolve("b.db"))) {
            PairedTill till = pair(a, "Redeeming till");
            CustomerLookup lookup = till.context().customerLookup();
            var phone = lookup.normalize("06 4000 1004");
            till.context().checkout().payCash(lines(a, "LATTE", "CHEESECAKE", "CHEESECAKE"),
                    new CustomerAtTill.Enrolling(phone, lookup.hashOf(phone), "Bo", true, null), 0, 5_000);
            till.sync().syncOnce();
            UUID bo = lookup.find(phone).orElseThrow().customerId();
            long balance = ServerFixture.ledgerSum(bo);

            SaleViewModel screen = new SaleViewModel(till.context(), () -> { });
            screen.add(item(a, "CHEESECAKE"));
            screen.grid().confirmChoice(); // a product's questions: the first answers
            screen.phoneInputProperty().set("06 4000 1004");
            screen.findCustomer();
            screen.redeemPointsProperty().set(true);
            screen.payCash();
            UUID saleId = screen.lastSaleProperty().get().record().saleId();
            long redeemed = screen.lastSaleProperty().get().priced().pointsRedeemed();
            assertThat(redeemed).isPositive();
            // taken on the server before the sale was written at the till, and only once when it arrives
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status = 'HELD'"
                    + " AND points = ?", saleId.toString(), redeemed)).isEqualTo(1);
            assertThat(ServerFixture.ledgerSum(bo)).isEqualTo(balance - redeemed);
            till.sync().syncOnce();
            assertThat(ServerFixture.count("SELECT COUNT(*) FROM redemption WHERE sale_id = ? AND status ="
                    + " 'CONSUMED'", saleId.toString())).isEqualTo(1);
            long afterSale = ServerFixture.ledgerSum(bo);
            assertThat(afterSale).isEqualTo(balance - redeemed + screen.lastSaleProperty().get().priced().pointsEarned());

            // another till spends Bo's points meanwhile; this till's cache still shows them
            SyncClient other = SyncClient.paired(server.toString(), pair(b, "Spending till").identity().token());
            other.takeRedemption(new RedemptionRequest(UUID.randomUUID(), bo, afterSale));
            screen.add(item(a, "CHEESECAKE"));
            screen.grid().confirmChoice(); // a product's questions: the first answers
            screen.phoneInputProperty().set("06 4000 1004");
            screen.findCustomer();
            screen.redeemPointsProperty().set(true);
            int salesBefore = a.saleCount();
            screen.payCash();

            assertThat(screen.errorMessageProperty().get()).startsWith("Points could not be used: Bo has 0 points; ")
                    .endsWith("Choose no points or find the customer again.");
            assertThat(a.saleCount()).isEqualTo(salesBefore);
            assertThat(screen.cartLines()).hasSize(1);
            assertThat(ServerFixture.ledgerSum(bo)).isZero();
            assertThat(ServerFixture.balancesThatDisagreeWithTheLedger()).isZero();
        }
    }

    private PairedTill pair(Journal journal, String name) throws Exception {
        return PairedTill.pair(journal, server.toString(), ServerFixture.issuePairingCode(), name);
    }

    private static CatalogItem item(Journal journal, String sku) {
        return journal.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }

    private static java.util.List<dev.regulars.core.pricing.CheckLine> lines(Journal journal, String... skus) {
        Cart cart = new Cart();
        for (String sku : skus) {
            cart.add(item(journal, sku));
        }
        return cart.lines();
    }
}
