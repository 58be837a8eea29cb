package dev.regulars.server.it;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.Cart;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.core.sync.CardLink;
import dev.regulars.core.sync.RefundRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Sales rung up through a test till's own cart and checkout, from the demo catalog it pulled. */
final class TillSales {

    private TillSales() {
    }

    /** The cart's lines for these products (the same product twice is one line of 2). */
    static List<CheckLine> lines(Journal journal, String... skus) {
        Cart cart = new Cart();
        for (String sku : skus) {
            cart.add(journal.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow());
        }
        return cart.lines();
    }

    /** A new customer enrolled at the till (marketing consent given) with a cash sale of these products. */
    static CompletedSale enroll(TillContext till, String phone, String firstName, String friendsCode, CardLink card,
                                String... skus) {
        var number = till.customerLookup().normalize(phone);
        return till.checkout().payCash(lines(till.journal(), skus), new CustomerAtTill.Enrolling(number,
                till.customerLookup().hashOf(number), firstName, null, true, friendsCode, null, card), 0, 10_000);
    }

    /** The till's context with its clock set to {@code when}: a sale rung up then. */
    static TillContext at(PairedTill till, Instant when) {
        TillContext now = till.context();
        return new TillContext(now.journal(), now.sync(), Clock.fixed(when, ZoneOffset.UTC), Locale.US,
                Runnable::run, Runnable::run);
    }

    /** A refund of every line of the sale, in the till's journal (the next sync sends it). */
    static void refundAll(Journal journal, CompletedSale sale) {
        List<RefundRecord.Line> lines = new ArrayList<>();
        for (int i = 0; i < sale.record().lines().size(); i++) {
            lines.add(new RefundRecord.Line(i + 1, sale.record().lines().get(i).quantity()));
        }
        journal.refunds().record(new RefundRecord(UUID.randomUUID(), sale.record().saleId(), Instant.now(), lines,
                null));
    }
}
