package dev.regulars.core.campaigns;

/**
 * Did a campaign bring anyone back? Compares the customers it treated with those held out of the same occurrence
 * over the same days after it: the return rate (a difference of two proportions) and visits and revenue per
 * customer (differences of two means, Welch's standard error), each with a 95 % confidence interval from the normal
 * approximation. Holdout customers were drawn at random from the same audience, so the difference is the
 * campaign's effect, within the interval.
 */
public final class Uplift {

    private static final double Z95 = 1.959964;

    private Uplift() {
    }

    /**
     * What one group did after the occurrence.
     *
     * @param customers       how many customers the group has
     * @param returned        how many of them came back at least once
     * @param visits          their visits in all
     * @param visitsSquared   the sum over customers of visits squared (for the spread)
     * @param revenueMinor    what they paid in all, minor units
     * @param revenueSquared  the sum over customers of their revenue squared, minor units squared
     */
    public record Group(long customers, long returned, long visits, double visitsSquared, long revenueMinor,
                        double revenueSquared) implements java.io.Serializable {
    }

    /** Treated minus held out, and the 95 % interval around it; NaN when a group is empty. */
    public record Difference(double treated, double heldOut, double estimate, double low, double high) {

        /** The interval lies above zero: the campaign made a difference, at 95 %. */
        public boolean isPositive() {
            return low > 0;
        }
    }

    /** The return rates (0 to 1) and their difference. */
    public static Difference returnRate(Group treated, Group heldOut) {
        if (treated.customers() == 0 || heldOut.customers() == 0) {
            return nan();
        }
        double pt = (double) treated.returned() / treated.customers();
        double ph = (double) heldOut.returned() / heldOut.customers();
        double se = Math.sqrt(pt * (1 - pt) / treated.customers() + ph * (1 - ph) / heldOut.customers());
        return of(pt, ph, se);
    }

    /** Visits per customer and the difference. */
    public static Difference visitsPerCustomer(Group treated, Group heldOut) {
        return means(treated.customers(), treated.visits(), treated.visitsSquared(), heldOut.customers(),
                heldOut.visits(), heldOut.visitsSquared());
    }

    /** Revenue per customer (minor units) and the difference. */
    public static Difference revenuePerCustomer(Group treated, Group heldOut) {
        return means(treated.customers(), treated.revenueMinor(), treated.revenueSquared(), heldOut.customers(),
                heldOut.revenueMinor(), heldOut.revenueSquared());
    }

    private static Difference means(long nt, double sumT, double squaresT, long nh, double sumH, double squaresH) {
        if (nt == 0 || nh == 0) {
            return nan();
        }
        double mt = sumT / nt;
        double mh = sumH / nh;
        double se = Math.sqrt(variance(nt, mt, squaresT) / nt + variance(nh, mh, squaresH) / nh);
        return of(mt, mh, se);
    }

    /** The sample variance from a count, a mean and the sum of squares (0 for a single customer). */
    private static double variance(long n, double mean, double squares) {
        return n < 2 ? 0 : Math.max(0, (squares - n * mean * mean) / (n - 1));
    }

    private static Difference of(double t, double h, double se) {
        double d = t - h;
        return new Difference(t, h, d, d - Z95 * se, d + Z95 * se);
    }

    private static Difference nan() {
        return new Difference(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
