package dev.regulars.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaleRecordCheckTest {

    private static SaleRecord sale(List<SaleLineRecord> lines, List<PaymentRecord> payments,
                                   SaleRecord.TillFigures figures) {
        return new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z"), 1, "EUR", lines, payments,
                null, null, 0, figures);
    }

    @Test
    void aConsistentSaleHasNoProblems() {
        SaleRecord ok = sale(List.of(new SaleLineRecord("LATTE", "Latte", 2, 350)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 700, 1000)),
                new SaleRecord.TillFigures(700, 0, 0, 700, 35));

        assertThat(SaleRecordCheck.problems(ok)).isEmpty();
    }

    @Test
    void namesEveryProblemOfABadSale() {
        SaleRecord bad = sale(List.of(new SaleLineRecord("LATTE", "Latte", -1, -350)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 700, 1000)),
                new SaleRecord.TillFigures(700, 0, 0, 700, 35));

        assertThat(SaleRecordCheck.problems(bad)).containsExactly(
                "line 1 (LATTE): quantity must be positive, was -1",
                "line 1 (LATTE): price must not be negative, was -350");
    }

    @Test
    void catchesTotalsThatDoNotAddUp() {
        SaleRecord bad = sale(List.of(new SaleLineRecord("LATTE", "Latte", 2, 350)),
                List.of(new PaymentRecord(PaymentMethod.CARD, 600, 600)),
                new SaleRecord.TillFigures(650, 0, 0, 650, 33));

        assertThat(SaleRecordCheck.problems(bad)).containsExactly(
                "the lines add up to 700 but the subtotal says 650",
                "payments add up to 600 but 650 was due");
    }

    @Test
    void catchesUnknownCurrencyAndEmptySale() {
        SaleRecord bad = new SaleRecord(UUID.randomUUID(), Instant.now(), 1, "EURO", List.of(), List.of(), null, null,
                0, new SaleRecord.TillFigures(0, 0, 0, 0, 0));

        assertThat(SaleRecordCheck.problems(bad)).containsExactly(
                "\"EURO\" is not an ISO 4217 currency code", "a sale needs at least one line");
    }

    @Test
    void namesEveryProblemOfAnEnrollment() {
        String longName = "x".repeat(101);
        EnrollmentRecord enrollment = new EnrollmentRecord("+31612345678", longName, longName, true,
                Instant.parse("2026-11-23T09:00:00Z"), null, null, new CardLink(null, "04:A"));
        SaleRecord bad = new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z"), 1, "EUR",
                List.of(new SaleLineRecord("LATTE", "Latte", 1, 350)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 350, 350)), null, enrollment, 0,
                new SaleRecord.TillFigures(350, 0, 0, 350, 17));

        assertThat(SaleRecordCheck.problems(bad)).containsExactly(
                "a first name has at most 100 characters",
                "a last name has at most 100 characters",
                "the enrollment's card needs its kind (PRINTED or NFC)",
                "the enrollment's card: \"04:A\" is not a card number (4 to 32 letters and digits, after an optional RC)");
    }

    @Test
    void acceptsAnEnrollmentWithItsCard() {
        EnrollmentRecord enrollment = new EnrollmentRecord("+31612345678", "Noor", "de Vries", true,
                Instant.parse("2026-11-23T09:00:00Z"), null, null, new CardLink(CardLink.Kind.NFC, "04:a2:3f:7c"));
        SaleRecord ok = new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z"), 1, "EUR",
                List.of(new SaleLineRecord("LATTE", "Latte", 1, 350)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 350, 350)), null, enrollment, 0,
                new SaleRecord.TillFigures(350, 0, 0, 350, 17));

        assertThat(SaleRecordCheck.problems(ok)).isEmpty();
    }

    @Test
    void refusesAmountsNoCounterSellsBeforeAnySumCanOverflow() {
        SaleRecord huge = sale(List.of(new SaleLineRecord("LATTE", "Latte", 2, 9_000_000_000_000_000_000L)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 700, 1000)),
                new SaleRecord.TillFigures(700, 0, 0, 700, 35));
        assertThat(SaleRecordCheck.problems(huge)).containsExactly(
                "line 1 (LATTE): price must be at most 10000000000 minor units, was 9000000000000000000");

        SaleRecord wrapping = sale(List.of(new SaleLineRecord("LATTE", "Latte", 1, 390)),
                List.of(new PaymentRecord(PaymentMethod.CASH, Long.MAX_VALUE, Long.MAX_VALUE),
                        new PaymentRecord(PaymentMethod.CARD, Long.MAX_VALUE, Long.MAX_VALUE),
                        new PaymentRecord(PaymentMethod.CASH, 392, 392)),
                new SaleRecord.TillFigures(390, 0, 0, 390, 12));
        assertThat(SaleRecordCheck.problems(wrapping)).containsExactly(
                "a CASH payment must be 1 to 10000000000 minor units, was 9223372036854775807");

        SaleRecord manyPoints = new SaleRecord(UUID.randomUUID(), Instant.now(), 1, "EUR",
                List.of(new SaleLineRecord("LATTE", "Latte", 3, 390)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 1053, 1053)),
                new CustomerIdentification("+31612345678", null), null, 9_000_000_000_000_000_000L,
                new SaleRecord.TillFigures(1170, 0, 117, 1053, 32));
        assertThat(SaleRecordCheck.problems(manyPoints)).containsExactly(
                "9000000000000000000 points cannot have paid part of a check of 1170 minor units");
    }

    @Test
    void refusesWhatTheDatabaseCouldNotHoldAndCardChangeAndVersionsBelowOne() {
        SaleRecord longSku = sale(List.of(new SaleLineRecord("X".repeat(65), "N".repeat(201), 1, 390)),
                List.of(new PaymentRecord(PaymentMethod.CARD, 390, 500)),
                new SaleRecord.TillFigures(390, 0, 0, 390, 12));
        assertThat(SaleRecordCheck.problems(longSku)).containsExactly(
                "line 1: a product code has at most 64 characters",
                "line 1: a product name has at most 200 characters");
        SaleRecord cardChange = sale(List.of(new SaleLineRecord("LATTE", "Latte", 1, 390)),
                List.of(new PaymentRecord(PaymentMethod.CARD, 390, 500)),
                new SaleRecord.TillFigures(390, 0, 0, 390, 12));
        assertThat(SaleRecordCheck.problems(cardChange))
                .containsExactly("a CARD payment tenders exactly its amount; only cash gives change");
        SaleRecord version0 = new SaleRecord(UUID.randomUUID(), Instant.now(), 0, "EUR",
                List.of(new SaleLineRecord("LATTE", "Latte", 1, 390)),
                List.of(new PaymentRecord(PaymentMethod.CASH, 390, 400)), null, null, 0,
                new SaleRecord.TillFigures(390, 0, 0, 390, 0));
        assertThat(SaleRecordCheck.problems(version0)).containsExactly("rulesVersion starts at 1, was 0");
    }

    @Test
    void linesAddUpWithTheirModifiersAndDiscountsAndTheCheckDiscountComesOffTheDue() {
        SaleLineRecord latte = new SaleLineRecord("LATTE", "Latte", 2, 350,
                List.of(new Modifier("Size", "Large", 50)), BasisPoints.percent(9), Discount.fixed(100));
        // (350 + 50) * 2 - 100 = 700; less 70 off the check = 630
        SaleRecord ok = new SaleRecord(UUID.randomUUID(), Instant.now(), 1, "EUR", List.of(latte),
                List.of(new PaymentRecord(PaymentMethod.CARD, 630, 630)), null, null, 0,
                new SaleRecord.TillFigures(700, 0, 0, 630, 0, 70L), Discount.fixed(70), null);
        assertThat(SaleRecordCheck.problems(ok)).isEmpty();

        SaleRecord wrong = new SaleRecord(UUID.randomUUID(), Instant.now(), 1, "EUR", List.of(latte),
                List.of(new PaymentRecord(PaymentMethod.CARD, 700, 700)), null, null, 0,
                new SaleRecord.TillFigures(800, 0, 0, 700, 0, 70L), Discount.fixed(70), null);
        assertThat(SaleRecordCheck.problems(wrong)).containsExactly(
                "the lines add up to 700 but the subtotal says 800",
                "subtotal 800 minus discounts 70, 0 and 0 is not the amount due 700");
    }

    @Test
    void modifiersThatTakeThePriceBelowZeroAreRefused() {
        SaleLineRecord tea = new SaleLineRecord("TEA", "Tea", 1, 10, List.of(new Modifier("Milk", "None", -20)),
                null, null);
        SaleRecord bad = sale(List.of(tea), List.of(), new SaleRecord.TillFigures(0, 0, 0, 0, 0));
        assertThat(SaleRecordCheck.problems(bad)).containsExactly("line 1 (TEA): its modifiers take the price below"
                + " zero");
    }

    @Test
    void aSaleFromATillBeforeModifiersStillReads() throws Exception {
        String old = """
                {"saleId":"6f1c2a52-1b1c-4f43-9a47-54d1f8f7a001","rungUpAt":"2026-11-23T09:00:00Z","rulesVersion":1,
                 "currency":"EUR","lines":[{"sku":"LATTE","name":"Latte","quantity":2,"unitPriceMinor":350}],
                 "payments":[{"method":"CASH","amountMinor":700,"tenderedMinor":1000}],"customer":null,
                 "enrollment":null,"pointsRedeemed":0,"tillFigures":{"subtotalMinor":700,"referralDiscountMinor":0,
                 "redeemDiscountMinor":0,"dueMinor":700,"pointsEarned":0}}""";

        SaleRecord sale = WireJson.mapper().readValue(old, SaleRecord.class);

        assertThat(sale.lines().get(0).modifiers()).isEmpty();
        assertThat(sale.lines().get(0).toCheckLine().vatRate().value()).isZero();
        assertThat(sale.tillFigures().checkDiscountMinor()).isZero();
        assertThat(sale.checkDiscount()).isNull();
        assertThat(SaleRecordCheck.problems(sale)).isEmpty();
        SaleRecord again = WireJson.mapper().readValue(WireJson.mapper().writeValueAsString(sale), SaleRecord.class);
        assertThat(again).isEqualTo(sale);
    }
}
