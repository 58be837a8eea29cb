package dev.regulars.pos.receipt;

import dev.regulars.pos.receipt.ReceiptRow.Blank;
import dev.regulars.pos.receipt.ReceiptRow.Qr;
import dev.regulars.pos.receipt.ReceiptRow.Rule;
import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a receipt out as rows, in its store's language: header, items with modifiers and discounts, totals, VAT per
 * rate, payments and change, the customer's points and the rating QR. The order and wording live here only.
 */
public final class ReceiptLayout {

    /**
     * Characters a line has on the narrowest paper a receipt prints on (58 mm): a greeting with a customer's name
     * fits on one of its lines.
     */
    static final int NARROWEST_COLUMNS = PrinterProfile.PAPER_58.columns();

    private ReceiptLayout() {
    }

    public static List<ReceiptRow> rows(Receipt receipt) {
        ReceiptTexts t = new ReceiptTexts(receipt.store().locale(), receipt.currency());
        List<ReceiptRow> rows = new ArrayList<>();
        header(receipt, t, rows);
        rows.add(new Rule());
        for (Receipt.Line line : receipt.lines()) {
            item(line, t, rows);
        }
        rows.add(new Rule());
        totals(receipt, t, rows);
        // a store without VAT rates in its catalog (everything at 0 %) prints no VAT lines
        if (receipt.vat().stream().anyMatch(v -> v.rate().value() > 0)) {
            for (var vat : receipt.vat()) {
                rows.add(Text.of(t.say("vat.line", vat.rate().toString(), t.amount(vat.grossMinor())),
                        t.amount(vat.vatMinor())));
            }
        }
        if (!receipt.payments().isEmpty()) {
            rows.add(new Rule());
            payments(receipt, t, rows);
        }
        if (receipt.loyalty() != null) {
            rows.add(new Rule());
            loyalty(receipt, t, rows);
        }
        if (receipt.ratingUrl() != null && receipt.kind() == Receipt.Kind.SALE) {
            rows.add(new Blank());
            rows.add(Text.centered(t.say("rating")));
            rows.add(new Qr(receipt.ratingUrl()));
        }
        if (receipt.store().footer() != null && !receipt.store().footer().isBlank()) {
            rows.add(new Blank());
            rows.add(Text.centered(receipt.store().footer().strip()));
        }
        return rows;
    }

    private static void header(Receipt receipt, ReceiptTexts t, List<ReceiptRow> rows) {
        ReceiptStore store = receipt.store();
        // the seller first, then the store it sells from
        if (store.sellerAbove() != null) {
            rows.add(new Text(store.sellerAbove(), null, true, true, true));
            rows.add(Text.centered(store.name()));
        } else {
            rows.add(new Text(store.name(), null, true, true, true));
        }
        store.addressLines().forEach(line -> rows.add(Text.centered(line)));
        if (store.vatId() != null && !store.vatId().isBlank()) {
            // an EU VAT number starts with its country's letters (Directive 2006/112/EC art. 215): in Russian it is
            // a "VAT payer's number", not an ИНН, which is digits only
            String key = store.vatId().strip().matches("[A-Za-z]{2}.*") ? "vatIdEu" : "vatId";
            rows.add(Text.centered(t.say(key, store.vatId())));
        }
        if (receipt.copy() || receipt.kind() == Receipt.Kind.REFUND) {
            rows.add(new Blank());
            if (receipt.kind() == Receipt.Kind.REFUND) {
                rows.add(new Text(t.say("title.refund"), null, true, true, true));
            }
            if (receipt.copy()) {
                rows.add(new Text(t.say("title.copy"), null, true, false, true));
            }
        }
        rows.add(new Blank());
        DateTimeFormatter when = DateTimeFormatter.ofPattern(t.say("datetime"), t.locale());
        rows.add(Text.of(t.say("number", receipt.number()), when.format(receipt.issuedAt())));
        rows.add(Text.of(t.say("till", receipt.tillName()),
                receipt.cashierName() == null ? null : t.say("cashier", receipt.cashierName())));
    }

    private static void item(Receipt.Line line, ReceiptTexts t, List<ReceiptRow> rows) {
        rows.add(Text.of(line.name(), t.amount(line.totalMinor() + line.discountMinor())));
        if (line.quantity() != 1) {
            rows.add(Text.of("  " + t.say("line.times", line.quantity(), t.amount(line.unitMinor())), null));
        }
        for (Receipt.ModifierLine modifier : line.modifiers()) {
            rows.add(Text.of("  + " + modifier.label(),
                    modifier.priceDeltaMinor() == 0 ? null : t.delta(modifier.priceDeltaMinor())));
        }
        if (line.discountMinor() > 0) {
            rows.add(Text.of("  " + t.say("line.discount"), t.minus(line.discountMinor())));
        }
    }

    private static void totals(Receipt receipt, ReceiptTexts t, List<ReceiptRow> rows) {
        Receipt.Totals totals = receipt.totals();
        boolean reduced = totals.checkDiscountMinor() > 0 || totals.referralDiscountMinor() > 0
                || totals.pointsDiscountMinor() > 0;
        if (reduced) {
            rows.add(Text.of(t.say("subtotal"), t.amount(totals.subtotalMinor())));
        }
        if (totals.checkDiscountMinor() > 0) {
            rows.add(Text.of(t.say(receipt.kind() == Receipt.Kind.REFUND ? "refund.discounts" : "discount.check"),
                    t.minus(totals.checkDiscountMinor())));
        }
        if (totals.referralDiscountMinor() > 0) {
            rows.add(Text.of(t.say("discount.referral"), t.minus(totals.referralDiscountMinor())));
        }
        if (totals.pointsDiscountMinor() > 0) {
            long points = receipt.loyalty() == null ? 0 : receipt.loyalty().pointsRedeemed();
            rows.add(Text.of(t.say("discount.points", t.points(points)), t.minus(totals.pointsDiscountMinor())));
        }
        String key = receipt.kind() == Receipt.Kind.REFUND ? "total.refund" : "total";
        rows.add(new Text(t.say(key, receipt.currency().getCurrencyCode()), t.amount(totals.totalMinor()), true,
                true, false));
    }

    private static void payments(Receipt receipt, ReceiptTexts t, List<ReceiptRow> rows) {
        long tendered = 0;
        long change = 0;
        for (Receipt.Payment payment : receipt.payments()) {
            rows.add(Text.of(t.say("payment." + payment.method().name()), t.amount(payment.amountMinor())));
            if (payment.changeMinor() > 0) {
                tendered += payment.tenderedMinor();
                change += payment.changeMinor();
            }
        }
        if (change > 0) {
            rows.add(Text.of(t.say("tendered"), t.amount(tendered)));
            rows.add(new Text(t.say("change"), t.amount(change), true, false, false));
        }
    }

    /**
     * {@code name} in at most {@code room} characters as a printer spells them: a longer one (names have up to 100)
     * ends in "…", which the printers' code pages spell "..." (three columns; {@link CodePageFold}).
     */
    static String cut(String name, int room) {
        if (name.codePointCount(0, name.length()) <= room) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, Math.max(1, room - 3))).strip() + "…";
    }

    private static void loyalty(Receipt receipt, ReceiptTexts t, List<ReceiptRow> rows) {
        Receipt.Loyalty points = receipt.loyalty();
        String name = points.firstName() == null || points.firstName().isBlank() ? null : points.firstName().strip();
        rows.add(Text.of(name == null ? t.say("loyalty.member")
                : t.say("loyalty.hello", cut(name, NARROWEST_COLUMNS - t.say("loyalty.hello", "").length())), null));
        boolean refund = receipt.kind() == Receipt.Kind.REFUND;
        if (points.pointsRedeemed() > 0) {
            rows.add(Text.of(t.say(refund ? "loyalty.returned" : "loyalty.redeemed"),
                    (refund ? "+" : "-") + t.points(points.pointsRedeemed())));
        }
        if (points.pointsEarned() > 0 || !refund) {
            rows.add(Text.of(t.say(refund ? "loyalty.takenBack" : "loyalty.earned"),
                    (refund ? "-" : "+") + t.points(points.pointsEarned())));
        }
        if (points.welcomeBonus() > 0) {
            rows.add(Text.of(t.say("loyalty.welcome"), "+" + t.points(points.welcomeBonus())));
        }
        if (points.balanceAfter() != null) {
            rows.add(new Text(t.say("loyalty.balance"), t.points(points.balanceAfter()), true, false, false));
        }
    }
}
