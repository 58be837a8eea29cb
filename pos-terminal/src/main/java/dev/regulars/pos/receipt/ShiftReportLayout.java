package dev.regulars.pos.receipt;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.core.sync.ShiftRecord.ShiftFigures;
import dev.regulars.pos.receipt.ReceiptRow.Blank;
import dev.regulars.pos.receipt.ReceiptRow.Rule;
import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An X report (the open shift so far) or a Z report (the closed shift with its cash count) laid out as rows in the
 * store's language, for the printer and the screen: takings by tender, refunds, discounts, points, VAT per rate,
 * each cashier's sales and enrollments, and the drawer's cash (expected, counted, difference); a Z report ends with
 * the journal's chain head (links, last receipt number, the hash's first 16 hex digits), for an auditor to compare
 * with {@code --verify-journal --expect-head}.
 */
public final class ShiftReportLayout {

    private ShiftReportLayout() {
    }

    /**
     * @param z a Z report (with the count); otherwise an X report. The drawer's openings without a sale come from
     *          the report's figures ({@link ShiftFigures#noSales()}), as the server gets them.
     */
    public static List<ReceiptRow> rows(ShiftRecord shift, boolean z, ReceiptStore store, String tillName) {
        ReceiptTexts t = new ReceiptTexts(store.locale(), Currency.getInstance(shift.currency()));
        DateTimeFormatter when = DateTimeFormatter.ofPattern(t.say("datetime"), t.locale());
        ShiftFigures f = shift.report();
        List<ReceiptRow> rows = new ArrayList<>();
        if (store.sellerAbove() != null) {
            rows.add(new Text(store.sellerAbove(), null, true, false, true));
        }
        rows.add(new Text(store.name(), null, store.sellerAbove() == null, false, true));
        rows.add(new Text(t.say(z ? "report.z" : "report.x"), null, true, true, true));
        rows.add(Text.of(t.say("till", tillName), null));
        rows.add(Text.of(t.say("report.opened", when.format(shift.openedAt().atZone(store.zone()))), null));
        rows.add(Text.of(t.say(z ? "report.closed" : "report.printed",
                when.format(shift.closedAt().atZone(store.zone()))), null));
        rows.add(new Rule());
        rows.add(Text.of(t.say("report.sales"), Integer.toString(f.sales())));
        rows.add(new Text(t.say("report.takings"), t.amount(f.takingsMinor()), true, false, false));
        rows.add(Text.of("  " + t.say("report.cash"), t.amount(f.cashMinor())));
        rows.add(Text.of("  " + t.say("report.card"), t.amount(f.cardMinor())));
        rows.add(Text.of(t.say("report.refunds"), Integer.toString(f.refunds())));
        rows.add(Text.of("  " + t.say("report.refundedCash"), t.minus(f.refundedCashMinor())));
        rows.add(Text.of("  " + t.say("report.refundedCard"), t.minus(f.refundedCardMinor())));
        rows.add(new Rule());
        rows.add(Text.of(t.say("report.discounts"), t.amount(f.cashierDiscountsMinor())));
        rows.add(Text.of(t.say("report.referral"), t.amount(f.referralDiscountsMinor())));
        rows.add(Text.of(t.say("report.points"), t.amount(f.pointsDiscountMinor())));
        rows.add(Text.of(t.say("report.pointsEarned"), t.points(f.pointsEarned())));
        rows.add(Text.of(t.say("report.pointsRedeemed"), t.points(f.pointsRedeemed())));
        if (f.vat().stream().anyMatch(v -> v.rateBp() > 0)) {
            rows.add(new Rule());
            for (ShiftRecord.VatLine vat : f.vat()) {
                rows.add(Text.of(t.say("vat.line", new BasisPoints(vat.rateBp()).toString(),
                        t.amount(vat.grossMinor())), t.amount(vat.vatMinor())));
            }
        }
        rows.add(new Rule());
        rows.add(Text.of(t.say("report.byCashier"), null));
        for (ShiftRecord.CashierLine c : f.cashiers()) {
            rows.add(Text.of("  " + t.say("report.cashier", c.name() == null ? t.say("report.noLogin") : c.name(),
                    c.sales(), c.identified(), c.enrollments()), null));
        }
        rows.add(new Rule());
        // an audit figure: the drawer opened without money going in or out
        rows.add(Text.of(t.say("report.noSales"), Integer.toString(f.noSales())));
        rows.add(Text.of(t.say("report.openingCash"), t.amount(shift.openingCashMinor())));
        rows.add(new Text(t.say("report.expectedCash"), t.amount(f.expectedCashMinor()), true, false, false));
        if (z) {
            rows.add(Text.of(t.say("report.countedCash"), t.amount(shift.countedCashMinor())));
            long difference = shift.countedCashMinor() - f.expectedCashMinor();
            rows.add(new Text(t.say("report.difference"), (difference > 0 ? "+" : difference < 0 ? "-" : "")
                    + t.amount(Math.abs(difference)), true, difference != 0, false));
        }
        if (z && shift.chain() != null) {
            // the paper is an anchor of the journal's chain: records cut off the journal show against it
            rows.add(Text.of(t.say("report.chain", Long.toString(shift.chain().links()),
                    Long.toString(shift.chain().lastReceipt())), shift.chain().shortHash()));
        }
        rows.add(new Blank());
        return rows;
    }
}
