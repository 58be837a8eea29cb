package dev.regulars.server.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one customer's purchases add up to for the owner's figures, worked out from the purchases themselves (never
 * by adding to what was there, so working it out again gives the same answer).
 *
 * <p>Definitions (docs/ANALYTICS.md): a <em>visit</em> is a day (in the store's zone) with a purchase; the
 * <em>first visit</em> sets the customer's cohort (its month) and first store; the <em>second visit</em> is the
 * first purchase on a later day; revenue is what was paid, less money given back by refunds in the month of the
 * refund.
 */
public final class CustomerHistory {

    private CustomerHistory() {
    }

    /**
     * A purchase or a refund of one.
     *
     * @param day          the local day it happened, in the store's zone
     * @param storeId      where
     * @param amountMinor  paid (a sale) or given back (a refund, as a positive number), minor units
     * @param refund       whether it is a refund (it counts for revenue, not for visits)
     */
    public record Purchase(LocalDate day, String storeId, long amountMinor, boolean refund) {
    }

    /** A month of a customer's purchases: how many sales, and revenue net of refunds (minor units). */
    public record Month(int sales, long revenueMinor) {
    }

    /**
     * @param firstStoreId  the store of the first visit (the cohort's store)
     * @param secondDay     null until the customer came back on a later day
     * @param visitDays     days with a purchase
     * @param sales         purchases (refunds not counted)
     * @param revenueMinor  paid less given back
     * @param months        by calendar month, only months with a purchase or a refund
     */
    public record Facts(String firstStoreId, LocalDate firstDay, LocalDate secondDay, LocalDate lastDay,
                        int visitDays, int sales, long revenueMinor, Map<YearMonth, Month> months) {

        public Facts {
            months = Map.copyOf(months);
        }

        public YearMonth cohort() {
            return YearMonth.from(firstDay);
        }

        /** Whether the second visit came within {@code days} days of the first. */
        public boolean backWithin(int days) {
            return secondDay != null && !secondDay.isAfter(firstDay.plusDays(days));
        }
    }

    /**
     * @return the facts, or null when there is no purchase (only refunds, or nothing: not a customer of the
     *     figures)
     */
    public static Facts of(List<Purchase> purchases) {
        List<Purchase> sorted = purchases.stream()
                .sorted(Comparator.comparing(Purchase::day).thenComparing(Purchase::refund)).toList();
        LocalDate first = null;
        String firstStore = null;
        LocalDate second = null;
        LocalDate last = null;
        int visitDays = 0;
        int sales = 0;
        long revenue = 0;
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (Purchase p : sorted) {
            long[] month = months.computeIfAbsent(YearMonth.from(p.day()), m -> new long[2]);
            if (p.refund()) {
                revenue -= p.amountMinor();
                month[1] -= p.amountMinor();
                continue;
            }
            sales++;
            revenue += p.amountMinor();
            month[0]++;
            month[1] += p.amountMinor();
            if (first == null) {
                first = p.day();
                firstStore = p.storeId();
            } else if (second == null && p.day().isAfter(first)) {
                second = p.day();
            }
            if (last == null || p.day().isAfter(last)) {
                last = p.day();
                visitDays++;
            }
        }
        if (first == null) {
            return null;
        }
        Map<YearMonth, Month> out = new TreeMap<>();
        months.forEach((m, v) -> out.put(m, new Month((int) v[0], v[1])));
        return new Facts(firstStore, first, second, last, visitDays, sales, revenue, out);
    }
}
