package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.ui.keypad.PadTaps;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaleViewModelTest {

    @TempDir
    Path dir;
    private Journal journal;
    private SaleViewModel model;
    private final AtomicInteger syncRequests = new AtomicInteger();

    @BeforeEach
    void openTill() {
        journal = TillFixture.pairedJournal(dir);
        model = new SaleViewModel(TillFixture.context(journal), syncRequests::incrementAndGet);
    }

    @AfterEach
    void closeTill() {
        journal.close();
    }

    private CatalogItem item(String sku) {
        return model.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void ringsUpAndTotalsTheCheck() {
        model.add(item("FLAT-WHITE"));
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));

        assertThat(model.cartLines()).containsExactly("2 × Flat white   €7.60", "1 × Croissant   €2.90");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€10.50");
        assertThat(model.totals().pointsProperty().get()).isEmpty();

        model.removeLine(0);
        assertThat(model.cartLines()).containsExactly("1 × Flat white   €3.80", "1 × Croissant   €2.90");
    }

    @Test
    void findsARegularByPhoneInAnyFormatAndShowsWhatTheyEarn() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06-12345678");

        model.findCustomer();

        assertThat(model.customerStatusProperty().get()).isEqualTo("Eva · +31 6 12345678 · 250 points");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Earns 19 points");
        assertThat(model.canRedeemProperty().get()).isTrue();
        assertThat(model.enrollmentOpenProperty().get()).isFalse();
    }

    @Test
    void redeemsAtMostTheShareOfTheCheck() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.phoneInputProperty().set("+31 6 1234 5678");
        model.findCustomer();

        model.redeemPointsProperty().set(true);

        // 30 % of 6.70 = 2.01: 201 points of Eva's 250
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€2.01 (201 points)");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€4.69");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Earns 23 points");
    }

    @Test
    void theManagerIsToldWhatTheDiscountTakesOffAndItsShare() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.check().selectedProperty().set(0);
        model.check().discountInputProperty().set("0.57");
        model.check().discountLine();
        assertThat(model.approvalTextProperty().get())
                .isEqualTo("A manager's PIN is needed for €0.57 off Flat white (15 %)");
        model.check().cancelApproval();
        assertThat(model.approvalTextProperty().get()).isEmpty();

        model.check().discountInputProperty().set("100%");
        model.check().discountCheck();
        assertThat(model.approvalTextProperty().get())
                .isEqualTo("A manager's PIN is needed for €6.70 off the check (100 %)");
    }

    @Test
    void theDiscountsRowShowsTheLinesDiscountsToo() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.check().selectedProperty().set(0);
        model.check().discountInputProperty().set("5%");
        model.check().discountLine();
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€0.19 on the lines");

        model.check().discountInputProperty().set("0.30");
        model.check().discountCheck();
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€0.19 on the lines, −€0.30");
    }

    @Test
    void theManagerIsToldThePercentageTypedAndAnAmountsShareRoundedHalfUp() {
        model.add(item("CROISSANT"));
        model.check().selectedProperty().set(0);
        model.check().discountInputProperty().set("10.5%");
        model.check().discountLine();
        // €0.30 of €2.90 is 10.34 %, but the cashier typed 10.5 %
        assertThat(model.approvalTextProperty().get())
                .isEqualTo("A manager's PIN is needed for €0.30 off Croissant (10.5 %)");
        model.check().cancelApproval();

        for (int i = 1; i < 8; i++) {
            model.add(item("CROISSANT"));
        }
        model.check().discountInputProperty().set("2.61");
        model.check().discountCheck();
        // 2.61 of 23.20 is 11.25 %
        assertThat(model.approvalTextProperty().get())
                .isEqualTo("A manager's PIN is needed for €2.61 off the check (11.3 %)");
    }

    @Test
    void choosingAllThePointsTicksPayWithPointsAndLessUnticksIt() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.phoneInputProperty().set("+31 6 1234 5678");
        model.findCustomer();

        model.pointsWantedProperty().set(model.pointsMaxProperty().get());
        assertThat(model.redeemPointsProperty().get()).isTrue();
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€2.01 (201 points)");

        model.pointsWantedProperty().set(100);
        assertThat(model.redeemPointsProperty().get()).isFalse();
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€1.00 (100 points)");
    }

    /** The fixture's server does not answer: points are taken offline, within the cached balance. */
    @Test
    void paysCashWritesTheSaleBeforeTheReceiptAndAsksForASync() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.phoneInputProperty().set("+31 6 1234 5678");
        model.findCustomer();
        model.redeemPointsProperty().set(true);
        model.tenderedInputProperty().set("5");

        model.payCash();

        assertThat(model.errorMessageProperty().get()).isEmpty();
        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.pointsRedeemed()).isEqualTo(201);
        assertThat(stored.tillFigures()).isEqualTo(new SaleRecord.TillFigures(670, 0, 201, 469, 23));
        assertThat(stored.payments()).singleElement().satisfies(p -> {
            assertThat(p.amountMinor()).isEqualTo(469);
            assertThat(p.tenderedMinor()).isEqualTo(500);
        });
        assertThat(stored.customer().customerId()).isEqualTo(TillFixture.EVA);
        assertThat(model.receiptTextProperty().get())
                .isEqualTo("Paid €4.69 · change €0.31\nEva used 201 points, earned 23 points · balance 72");
        assertThat(model.cartLines()).isEmpty();
        assertThat(model.customerStatusProperty().get()).isEqualTo("No customer");
        assertThat(syncRequests).hasValue(1);
    }

    @Test
    void enrollsAnUnknownPhoneWithExplicitConsent() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        assertThat(model.enrollmentOpenProperty().get()).isTrue();
        assertThat(model.customerStatusProperty().get()).isEqualTo("+31 6 23456789 is not a member yet: enroll?");

        model.enrollment().firstNameProperty().set("  Noor ");
        model.enrollment().lastNameProperty().set(" de Vries");
        model.enrollment().birthdayProperty().set("12-03");
        model.enrollment().cardProperty().set("RC-4821 0000 1234");
        model.enrollment().consentProperty().set(true);
        model.enroll();
        assertThat(model.customerStatusProperty().get())
                .isEqualTo("New: Noor · card 482100001234 · +31 6 23456789 · offers: yes");
        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.enrollment().phoneE164()).isEqualTo("+31623456789");
        assertThat(stored.enrollment().firstName()).isEqualTo("Noor");
        assertThat(stored.enrollment().lastName()).isEqualTo("de Vries");
        assertThat(stored.enrollment().card()).isEqualTo(new CardLink(CardLink.Kind.PRINTED, "482100001234"));
        assertThat(stored.enrollment().marketingConsent()).isTrue();
        assertThat(stored.enrollment().consentAt()).isEqualTo(TillFixture.CLOCK.instant());
        assertThat(stored.enrollment().birthday()).isEqualTo(java.time.MonthDay.of(3, 12));
        assertThat(stored.tillFigures().pointsEarned()).isEqualTo(19);
        assertThat(model.receiptTextProperty().get()).endsWith("Noor earned 19 points · balance 19");

        // the next visit finds Noor on this till, before the server has answered
        model.add(item("CROISSANT"));
        model.phoneInputProperty().set("+31623456789");
        model.findCustomer();
        assertThat(model.customerStatusProperty().get()).isEqualTo("Noor · +31 6 23456789 · 19 points");
    }

    @Test
    void aWrongNumberAfterAnUnknownOneClosesTheEnrollmentOfferForTheNumberBefore() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        assertThat(model.enrollmentOpenProperty().get()).isTrue();

        model.phoneInputProperty().set("0612345678999");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get()).isNotEmpty();
        assertThat(model.enrollmentOpenProperty().get()).isFalse();
        assertThat(model.customerStatusProperty().get()).isEqualTo("No customer");
        model.enroll();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Find the customer's phone first");
        model.payCash();
        assertThat(journal.unsyncedSales(10).get(0).enrollment()).isNull();
    }

    @Test
    void explainsWhatIsWrongAndStoresNothing() {
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Ring up at least one item");

        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("12");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get()).isEqualTo("\"12\" is not a valid phone number in NL (check the number of digits)");

        // less cash than is due pays part of it: the rest waits, nothing is stored until the check is covered
        model.tenderedInputProperty().set("2.00");
        model.payCash();
        assertThat(model.payment().tenderLines()).containsExactly("Cash €2.00");
        assertThat(model.payment().remainingProperty().get()).isEqualTo("Still to pay €1.80");
        model.tenderedInputProperty().set("5");
        model.payment().card();
        assertThat(model.errorMessageProperty().get()).isEqualTo("A card pays at most what is left: €1.80");
        model.payment().undo();
        assertThat(model.payment().tenderLines()).isEmpty();

        model.tenderedInputProperty().set("two euros");
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("\"two euros\" is not an amount");

        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        model.tenderedInputProperty().set("");
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Finish the enrollment or clear the customer first");

        assertThat(journal.saleCount()).isZero();
    }

    @Test
    void anAnonymousSaleEarnsNothingAndCannotRedeem() {
        model.add(item("CROISSANT"));
        model.redeemPointsProperty().set(true);

        assertThat(model.redeemPointsProperty().get()).isFalse();
        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.customer()).isNull();
        assertThat(stored.tillFigures().pointsEarned()).isZero();
        assertThat(model.receiptTextProperty().get()).isEqualTo("Paid €2.90");
    }

    @Test
    void aCardFoundOfflineEarnsButDoesNotPayWithPoints() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("RC-04a23f7c");

        model.findCustomer();

        assertThat(model.customerStatusProperty().get()).isEqualTo(
                "Eva · card · 250 points · points can pay only with the phone number or the code from the card page");
        assertThat(model.canRedeemProperty().get()).isFalse();
        model.redeemPointsProperty().set(true);
        assertThat(model.redeemPointsProperty().get()).isFalse();
        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.customer().customerId()).isEqualTo(TillFixture.EVA);
        assertThat(stored.customer().phoneE164()).isNull();
        assertThat(stored.pointsRedeemed()).isZero();
        // the till counts the sale into Eva's cached balance, whichever way she was found
        assertThat(model.receiptTextProperty().get()).endsWith("Eva earned 19 points · balance 269");
        model.phoneInputProperty().set("06 1234 5678");
        model.findCustomer();
        assertThat(model.customerStatusProperty().get()).isEqualTo("Eva · +31 6 12345678 · 269 points");
    }

    @Test
    void aCardThisTillDoesNotKnowNeedsTheServer() {
        model.phoneInputProperty().set("RC-99990000");

        model.findCustomer();

        assertThat(model.errorMessageProperty().get()).isEqualTo("This card is not known to this till and the server"
                + " does not answer: type the customer's phone instead");
        assertThat(model.customerStatusProperty().get()).isEqualTo("No customer");
    }

    @Test
    void aFirstNameLosesControlAndBidiCharactersAndOneOfInvisibleCharactersIsNone() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        model.enrollment().firstNameProperty().set("No\u0000or\n\u202E");
        model.enroll();
        model.payCash();
        assertThat(journal.unsyncedSales(10).get(0).enrollment().firstName()).isEqualTo("Noor");

        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6780");
        model.findCustomer();
        model.enrollment().firstNameProperty().set("\u200B\u00A0\u3000");
        model.enroll();
        model.payCash();
        assertThat(journal.unsyncedSales(10).get(1).enrollment().firstName()).isNull();
    }

    @Test
    void refusesAnEnrollmentWithFieldsThatCannotBeRight() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();

        model.enrollment().cardProperty().set("card #12");
        model.enroll();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("Card: \"card #12\" is not a card number (4 to 32 letters and digits, after an optional RC)");
        model.enrollment().cardProperty().set("");
        model.enrollment().lastNameProperty().set("x".repeat(101));
        model.enroll();
        assertThat(model.errorMessageProperty().get()).isEqualTo("A last name has at most 100 characters");

        assertThat(model.enrollmentOpenProperty().get()).isTrue();
        model.payCash();
        assertThat(journal.saleCount()).isZero();
    }

    @Test
    void aCheckLeftAtLogoutIsHandedToTheNextCashierWithTheirName() {
        try (var cafe = TillFixture.cafeJournal(dir.resolve("cafe"))) {
            var till = TillFixture.context(cafe);
            var anna = cafe.cashiers().stream().filter(c -> c.name().equals("Anna")).findFirst().orElseThrow();
            var maria = cafe.cashiers().stream().filter(c -> c.name().equals("Maria")).findFirst().orElseThrow();
            var output = new dev.regulars.pos.receipt.ReceiptOutput(null,
                    dev.regulars.pos.receipt.PrinterProfile.PAPER_80, null);
            SaleViewModel annas = new SaleViewModel(till, anna, output, () -> { });
            annas.add(cafe.catalog().get(0));
            annas.loggedOut();

            SaleViewModel marias = new SaleViewModel(till, maria, output, () -> { });
            assertThat(marias.cartLines()).hasSize(1);
            assertThat(marias.errorMessageProperty().get()).isEqualTo("Anna's open check is here: the sale is yours"
                    + " when you complete it; find the customer again if there was one");
            // told once: a later screen on this journal (a restart) speaks of the till stopping
            assertThat(new SaleViewModel(till, maria, output, () -> { }).errorMessageProperty().get())
                    .startsWith("The check that was open when the till stopped is back");
        }
    }

    @Test
    void aRestartedTillComesBackToTheOpenCheckWithThePaymentsTakenAndCompletesItOnce() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.tenderedInputProperty().set("5");
        model.payment().card();
        assertThat(model.payment().remainingProperty().get()).isEqualTo("Still to pay €1.70");

        // the till stops here (a crash, a power cut): a new screen on the same journal
        SaleViewModel restarted = new SaleViewModel(TillFixture.context(journal), () -> { });

        assertThat(restarted.cartLines()).containsExactly("1 × Flat white   €3.80", "1 × Croissant   €2.90");
        assertThat(restarted.payment().tenderLines()).containsExactly("Card €5.00");
        assertThat(restarted.errorMessageProperty().get()).isEqualTo("The check that was open when the till stopped"
                + " is back; a payment is taken: a customer can still be found to earn points; paying with points"
                + " needs the payment undone first");
        restarted.payCash();
        assertThat(journal.saleCount()).isEqualTo(1);
        assertThat(journal.unsyncedSales(10).get(0).payments()).extracting(p -> p.method().name() + " "
                + p.amountMinor()).containsExactly("CARD 500", "CASH 170");
        // nothing comes back after the sale
        assertThat(journal.openSale()).isEmpty();
        assertThat(new SaleViewModel(TillFixture.context(journal), () -> { }).cartLines()).isEmpty();
    }

    @Test
    void anNfcCardOnTheReaderFindsItsCustomerAndDuringAnEnrollmentIsTheCardHandedOver() {
        model.add(item("FLAT-WHITE"));
        model.cardTapped("04A23F7C");
        assertThat(model.customerStatusProperty().get()).startsWith("Eva · card · 250 points");
        assertThat(model.canRedeemProperty().get()).isFalse();

        model.clearCustomer();
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        model.cardTapped("04:B1:22:33");
        assertThat(model.enrollment().cardProperty().get()).isEqualTo("04:B1:22:33");
        model.enroll();
        model.payCash();
        assertThat(journal.unsyncedSales(10).get(0).enrollment().card())
                .isEqualTo(new dev.regulars.core.sync.CardLink(dev.regulars.core.sync.CardLink.Kind.NFC, "04B12233"));
    }

    @Test
    void aScannedBarcodeRingsTheProductUpAndAnyOtherCodeLooksTheCustomerUp() {
        model.scanned("RC-04a23f7c");
        assertThat(model.customerStatusProperty().get()).startsWith("Eva · card");
        model.scanned("4006381333931");
        assertThat(model.errorMessageProperty().get()).isEqualTo("No product has the barcode 4006381333931");
        assertThat(model.customerStatusProperty().get()).startsWith("Eva · card");
    }

    @Test
    void aReceiptsQrScannedOnTheSaleScreenSaysWhereRefundsAre() {
        model.scanned("https://regulars.example/r/"
                + dev.regulars.core.feedback.ReceiptToken.of(java.util.UUID.randomUUID()));
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("That is a receipt's code: to refund, open Refund and scan it there");
        assertThat(model.phoneInputProperty().get()).as("not taken for a customer").isEmpty();
    }

    @Test
    void theLastReceiptsPrintedMessageGoesWhenTheNextCheckBegins() {
        model.add(item("CROISSANT"));
        model.payCash();
        assertThat(model.receipts().statusProperty().get()).isNotEmpty();
        model.add(item("CROISSANT"));
        assertThat(model.receipts().statusProperty().get()).isEmpty();
    }

    @Test
    void theLastSalesReceiptIsNotShownForTheNextCustomer() {
        model.add(item("CROISSANT"));
        model.phoneInputProperty().set("06-12345678");
        model.findCustomer();
        model.payCash();
        assertThat(model.receipts().lastProperty().get()).isNotNull();
        assertThat(model.receiptTextProperty().get()).isNotEmpty();

        // the next customer comes first, a newcomer: Eva's receipt ("Hello, Eva!") is not theirs
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        assertThat(model.enrollmentOpenProperty().get()).isTrue();
        assertThat(model.receipts().lastProperty().get()).isNull();
        assertThat(model.receiptTextProperty().get()).isEmpty();
        assertThat(model.receipts().statusProperty().get()).isEmpty();
        assertThat(model.receipts().reprintableProperty().get()).as("a reprint still has it").isTrue();
    }

    @Test
    void thePointsControlsAreOffWhileAPaymentIsTaken() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06-12345678");
        model.findCustomer();
        assertThat(model.pointsChangeableProperty().get()).isTrue();

        model.tenderedInputProperty().set("2");
        model.payment().card();
        assertThat(model.canRedeemProperty().get()).isTrue();
        assertThat(model.pointsChangeableProperty().get()).as("a payment is taken").isFalse();

        model.payment().undo();
        assertThat(model.pointsChangeableProperty().get()).isTrue();
    }

    @Test
    void aPaymentTakenFreezesTheCheckUntilItIsUndone() {
        model.add(item("FLAT-WHITE"));
        model.tenderedInputProperty().set("2");
        model.payment().card();

        model.add(item("CROISSANT"));
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("A payment is taken: undo it before changing the check, the points or the customer");
        assertThat(model.cartLines()).hasSize(1);
        assertThat(model.payment().tenderLines()).containsExactly("Card €2.00");

        model.payment().undo();
        model.add(item("CROISSANT"));
        assertThat(model.cartLines()).hasSize(2);
    }

    @Test
    void aRegularFoundAfterTheCardWentThroughEarnsTheSalesPointsAndTheJournalNamesThem() {
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));
        model.tenderedInputProperty().set("5");
        model.payment().card();

        // only now does the cashier hear that this is Eva: her points change nothing of the €6.70 being paid
        model.phoneInputProperty().set("06 1234 5678");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get()).isEmpty();
        assertThat(model.customerStatusProperty().get()).startsWith("Eva");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€6.70");
        assertThat(model.payment().tenderLines()).containsExactly("Card €5.00");
        // paying with her points would change the money: refused while the card payment stands
        model.redeemPointsProperty().set(true);
        assertThat(model.errorMessageProperty().get()).startsWith("A payment is taken");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€6.70");
        // nor can she be taken off again without undoing the payment
        model.clearCustomer();
        assertThat(model.customerStatusProperty().get()).startsWith("Eva");

        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.customer().customerId()).isEqualTo(TillFixture.EVA);
        assertThat(stored.payments()).extracting(p -> p.method().name() + " " + p.amountMinor())
                .containsExactly("CARD 500", "CASH 170");
        // 5 % of 6.70, as loyalty-core counts it; the till's cache holds them for her until the server answers
        assertThat(stored.tillFigures().pointsEarned()).isEqualTo(34);
        assertThat(stored.pointsRedeemed()).isZero();
        assertThat(journal.customers().byPhoneHmac(dev.regulars.core.phone.PhoneHmac.fromBase64(TillFixture.PHONE_KEY)
                .of(dev.regulars.core.phone.PhoneNumbers.normalize("06 1234 5678", "NL"))).orElseThrow().balance())
                .isEqualTo(250 + 34);
    }

    @Test
    void afterPointsWerePaidWithAnotherCustomerIsRefusedUntilThePaymentIsUndone() {
        model.add(item("FLAT-WHITE"));
        model.phoneInputProperty().set("06 1234 5678");
        model.findCustomer();
        model.redeemPointsProperty().set(true);
        String due = model.totals().dueProperty().get();
        model.tenderedInputProperty().set("1");
        model.payment().card();

        // someone new at the till would pay without Eva's points: the money changes
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get()).isEqualTo("That would change the amount already paid (points"
                + " paid with, or a discount of the customer's): undo the payment first, then change the customer");
        assertThat(model.customerStatusProperty().get()).startsWith("Eva");
        assertThat(model.enrollmentOpenProperty().get()).isFalse();
        assertThat(model.totals().dueProperty().get()).isEqualTo(due);
        assertThat(model.payment().tenderLines()).containsExactly("Card €1.00");
    }

    @Test
    void thePadTypesThePhoneTheAmountAndTheDiscountIntoTheCheck() {
        var pads = model.keypads();
        model.add(item("FLAT-WHITE"));
        model.add(item("CROISSANT"));

        pads.pad().open(pads.discount());
        PadTaps.press(pads.pad(), "1", "0", "%", "5");
        assertThat(model.check().discountInputProperty().get()).as("nothing after the %").isEqualTo("10%");
        PadTaps.press(pads.pad(), "OK");
        assertThat(pads.pad().openProperty().get()).isNull();
        model.check().discountCheck();
        // 10 % off €6.70
        assertThat(model.totals().dueProperty().get()).isEqualTo("€6.03");

        pads.pad().open(pads.phone());
        PadTaps.press(pads.pad(), "0", "6", "1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(model.phoneInputProperty().get()).isEqualTo("06 12345678");
        PadTaps.press(pads.pad(), "OK");
        assertThat(model.customerStatusProperty().get()).startsWith("Eva");

        pads.pad().open(pads.tendered());
        PadTaps.press(pads.pad(), "1", "0", ".", "5", "0", "5");
        assertThat(model.tenderedInputProperty().get()).as("no more decimals than the euro has").isEqualTo("10.50");
        PadTaps.press(pads.pad(), "⌫", "⌫", ".");
        assertThat(model.tenderedInputProperty().get()).as("one separator").isEqualTo("10.");
        PadTaps.press(pads.pad(), "OK");
        model.payCash();
        assertThat(model.receiptTextProperty().get()).startsWith("Paid €6.03 · change €3.97");
    }

    @Test
    void aProductScannedOnAPaidCheckIsRefusedBeforeItsQuestionsAndACustomersCardStillFindsThem() {
        try (var cafe = TillFixture.cafeJournal(dir.resolve("cafe"))) {
            SaleViewModel paid = aCroissantRungUp(cafe);
            paid.tenderedInputProperty().set("1");
            paid.payment().card();

            paid.scanned(TillFixture.LATTE.barcode());
            assertThat(paid.errorMessageProperty().get()).startsWith("A payment is taken");
            assertThat(paid.grid().choosingProperty().get()).as("no latte questions").isNull();
            paid.scanned("RC-04a23f7c");
            assertThat(paid.customerStatusProperty().get()).startsWith("Eva · card");
        }
    }

    /** A sale screen on the café's till with a croissant on the check. */
    private static SaleViewModel aCroissantRungUp(Journal cafe) {
        SaleViewModel sale = new SaleViewModel(TillFixture.context(cafe), () -> { });
        sale.add(cafe.catalog().stream().filter(i -> i.sku().equals("CROISSANT")).findFirst().orElseThrow());
        return sale;
    }

    @Test
    void aCheckMadeFreeCompletesWithoutAPayment() {
        try (var cafe = TillFixture.cafeJournal(dir.resolve("cafe"))) {
            SaleViewModel free = aCroissantRungUp(cafe);
            free.check().discountInputProperty().set("100%");
            free.check().discountCheck();
            free.check().approve("9999");
            assertThat(free.totals().dueProperty().get()).isEqualTo("€0.00");

            free.payCash();

            assertThat(cafe.saleCount()).isEqualTo(1);
            assertThat(cafe.unsyncedSales(10).get(0).payments()).isEmpty();
            assertThat(free.cartLines()).isEmpty();
        }
    }
}
