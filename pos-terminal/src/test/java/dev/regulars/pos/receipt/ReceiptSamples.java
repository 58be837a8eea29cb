package dev.regulars.pos.receipt;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.CheckRequest;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.sale.CompletedSale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Sales whose receipts the tests print, priced by loyalty-core as the till prices them. */
final class ReceiptSamples {

    static final UUID SALE_ID = UUID.fromString("6f1c2a52-1b1c-4f43-9a47-54d1f8f7a001");
    static final String RATING_URL = "https://regulars.example/r/bxwqUhscT0OaR1TR-PegAQ";
    static final ProgramRules RULES = ProgramRules.basic(1, BasisPoints.percent(5), BasisPoints.percent(30), 1);

    private ReceiptSamples() {
    }

    static ReceiptStore store(String language) {
        return new ReceiptStore("ru".equals(language) ? "Кофейня Зерно" : "Demo Café",
                List.of("Prinsengracht 123", "1015 DV Amsterdam"), "NL001234567B01", language,
                "ru".equals(language) ? "Спасибо!" : "Thank you!", ZoneId.of("Europe/Amsterdam"),
                "https://regulars.example/");
    }

    /**
     * Two large oat lattes at 10 % off the line and a mug; 1.00 off the check; Eva redeems 200 points; paid 10.00
     * by card and the rest in cash from a 20 note.
     */
    static CompletedSale latteSale(String currency) {
        List<CheckLine> lines = List.of(
                new CheckLine("LATTE", "Latte", 2, 350, List.of(new Modifier("Size", "Large", 50),
                        new Modifier("Milk", "Oat", 40)), BasisPoints.percent(9),
                        Discount.percent(BasisPoints.percent(10), 0)),
                new CheckLine("MUG", "Mug", 1, 1250, List.of(), BasisPoints.percent(21), null));
        PricedCheck priced = new CheckPricer().price(new CheckRequest(lines, "Member", 200, 250, false,
                Discount.fixed(100)), RULES);
        long cash = priced.dueMinor() - 1000;
        SaleRecord record = new SaleRecord(SALE_ID, Instant.parse("2026-11-23T08:41:00Z"), 1, currency,
                lines.stream().map(SaleLineRecord::of).toList(),
                List.of(new PaymentRecord(PaymentMethod.CARD, 1000, 1000),
                        new PaymentRecord(PaymentMethod.CASH, cash, 2000)),
                new CustomerIdentification("+31612345678", UUID.randomUUID()), null, priced.pointsRedeemed(),
                new SaleRecord.TillFigures(priced.subtotalMinor(), priced.referralDiscountMinor(),
                        priced.redeemDiscountMinor(), priced.dueMinor(), priced.pointsEarned(),
                        priced.checkDiscountMinor()), Discount.fixed(100), null);
        return new CompletedSale(record, priced, 0, 3000, 2000 - cash, "Eva", 250 - priced.pointsRedeemed()
                + priced.pointsEarned());
    }

    /** A first name of 88 characters (names have up to 100). */
    static final String LONG_NAME = "Maximiliaan Alexander Christiaan Johannes Frederik Willem Hendrik Lodewijk Bernhard "
            + "Piet";

    /** The latte sale's receipt for a customer of this first name. */
    static Receipt latteReceipt(String language, String currency, String firstName) {
        CompletedSale sale = latteSale(currency);
        return Receipts.ofSale(new CompletedSale(sale.record(), sale.priced(), sale.welcomeBonus(),
                sale.tenderedMinor(), sale.changeMinor(), firstName, sale.balanceAfter()), store(language), "000123",
                "Front", "Anna");
    }

    static Receipt latteReceipt(String language, String currency) {
        return Receipts.ofSale(latteSale(currency), store(language), "000123", "Front", "Anna");
    }
}
