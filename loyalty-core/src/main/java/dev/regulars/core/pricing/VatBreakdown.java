package dev.regulars.core.pricing;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.money.Rounding;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * VAT per rate of a check whose prices include VAT.
 *
 * <p>A discount on the whole check (the cashier's, the friend's, points redeemed) lowers the taxable amount, as a
 * price reduction granted at the time of the sale does (Council Directive 2006/112/EC, art. 79(b)). It is shared
 * over the lines in proportion to their totals, by the largest-remainder method so the shares add up to the
 * discount to the minor unit (a tie goes to the earlier line); each rate's VAT is then taken out of what its lines
 * still cost, once per rate and not per line, so the receipt's figures add up as printed.
 */
public final class VatBreakdown {

    private VatBreakdown() {
    }

    /**
     * @param lines           the check's lines; their totals (after line discounts) must add up to at least
     *                        {@code checkReduction}
     * @param checkReduction  minor units taken off the check as a whole, &gt;= 0
     * @return one amount per rate, lowest rate first; empty for an empty check
     * @throws IllegalArgumentException when the reduction is negative or larger than the lines
     */
    public static List<VatAmount> of(List<CheckLine> lines, long checkReduction) {
        long total = 0;
        for (CheckLine line : lines) {
            total = Math.addExact(total, line.totalMinor());
        }
        if (checkReduction < 0 || checkReduction > total) {
            throw new IllegalArgumentException("a reduction of " + checkReduction + " on a check of " + total);
        }
        long[] shares = shares(lines, checkReduction, total);
        TreeMap<Integer, Long> grossByRate = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            grossByRate.merge(lines.get(i).vatRate().value(), lines.get(i).totalMinor() - shares[i], Long::sum);
        }
        List<VatAmount> amounts = new ArrayList<>(grossByRate.size());
        grossByRate.forEach((rate, gross) -> amounts.add(new VatAmount(new BasisPoints(rate), gross,
                Rounding.halfUp(Math.multiplyExact(gross, (long) rate), BasisPoints.ONE_HUNDRED_PERCENT + rate))));
        return amounts;
    }

    /** Each line's part of the reduction, in proportion to its total, adding up exactly. */
    static long[] shares(List<CheckLine> lines, long reduction, long total) {
        long[] shares = new long[lines.size()];
        if (reduction == 0 || total == 0) {
            return shares;
        }
        long given = 0;
        long[] remainders = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            long lineTotal = lines.get(i).totalMinor();
            long product;
            try {
                product = Math.multiplyExact(reduction, lineTotal);
            } catch (ArithmeticException tooBig) {
                BigInteger[] qr = BigInteger.valueOf(reduction).multiply(BigInteger.valueOf(lineTotal))
                        .divideAndRemainder(BigInteger.valueOf(total));
                shares[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
                given += shares[i];
                continue;
            }
            shares[i] = product / total;
            remainders[i] = product % total;
            given += shares[i];
        }
        for (long left = reduction - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (best < 0 || remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
