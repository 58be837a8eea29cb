package dev.regulars.pos.sale;

import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a refund's money goes back when the sale was paid by several methods: the way it came in, in proportion to
 * what each method paid of the sale (5.00 cash + 7.00 card: 5/12 of the money back is cash from the drawer, 7/12
 * goes to the card), each method at most what it paid less what earlier refunds gave back by it; the rounding's
 * minor unit goes to the method that paid the most, and what a method cannot take goes to the other. A sale paid
 * by one method is paid back by that method alone. A sale without recorded payments goes back by
 * {@code fallback}.
 */
public final class RefundSplit {

    private RefundSplit() {
    }

    /**
     * @param payments    the sale's payments
     * @param earlier     the sale's refunds before this one
     * @param moneyBack   this refund's money back, in minor units
     * @param fallback    the method when the sale recorded no payments
     * @return the parts by method, largest first; empty when no money goes back
     */
    public static List<RefundRecord.PaidBack> of(List<PaymentRecord> payments, List<RefundRecord> earlier,
                                                 long moneyBack, PaymentMethod fallback) {
        if (moneyBack <= 0) {
            return List.of();
        }
        Map<PaymentMethod, Long> paid = new EnumMap<>(PaymentMethod.class);
        payments.forEach(p -> paid.merge(p.method(), p.amountMinor(), Long::sum));
        long total = paid.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return List.of(new RefundRecord.PaidBack(fallback, moneyBack));
        }
        Map<PaymentMethod, Long> left = new EnumMap<>(paid);
        earlier.forEach(r -> r.moneyBackBy().forEach(p -> left.computeIfPresent(p.method(), (m, v) -> v - p.amountMinor())));
        List<PaymentMethod> byPaid = paid.keySet().stream()
                .sorted((a, b) -> Long.compare(paid.get(b), paid.get(a))).toList();
        Map<PaymentMethod, Long> back = new EnumMap<>(PaymentMethod.class);
        long given = 0;
        for (PaymentMethod method : byPaid) {
            long share = Math.min(Math.multiplyExact(moneyBack, paid.get(method)) / total,
                    Math.max(0, left.get(method)));
            back.put(method, share);
            given += share;
        }
        // the rounding's rest, and what a method could not take, to the methods with room, the largest first
        for (PaymentMethod method : byPaid) {
            long room = Math.max(0, left.get(method) - back.get(method));
            long more = Math.min(room, moneyBack - given);
            back.merge(method, more, Long::sum);
            given += more;
        }
        if (given < moneyBack) {
            // more back than the sale's payments still hold (should not happen): the rest by the largest method
            back.merge(byPaid.get(0), moneyBack - given, Long::sum);
        }
        List<RefundRecord.PaidBack> parts = new ArrayList<>();
        byPaid.stream().filter(m -> back.get(m) > 0)
                .sorted((a, b) -> Long.compare(back.get(b), back.get(a)))
                .forEach(m -> parts.add(new RefundRecord.PaidBack(m, back.get(m))));
        return parts;
    }
}
