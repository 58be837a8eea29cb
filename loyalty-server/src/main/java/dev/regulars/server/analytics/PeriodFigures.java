package dev.regulars.server.analytics;

/**
 * A period's figures for a scope, from the daily roll-ups. Money in minor units of the stores' currency.
 *
 * @param sales              sales rung up
 * @param revenueMinor       paid for them (after discounts and points), refunds not taken off
 * @param identifiedSales    sales with a customer (found, scanned or enrolled at the till)
 * @param enrollments        sales with which a customer was enrolled at the till
 * @param refunds            refunds made in the period
 * @param refundedMinor      money given back by them
 * @param pointsEarned       points earned with the period's sales
 * @param pointsRedeemed     points paid with
 * @param newCustomers       customers whose first visit (first purchase) was in the period
 * @param repeatBase         customers whose first visit was in the 30 days that end 30 days before the period ends
 *                           (so each had 30 days to come back)
 * @param repeatBack         of those, the ones back within 30 days
 */
public record PeriodFigures(long sales, long revenueMinor, long identifiedSales, long enrollments, long refunds,
                            long refundedMinor, long pointsEarned, long pointsRedeemed, long newCustomers,
                            long repeatBase, long repeatBack) {

    /** Revenue per sale, minor units; 0 without sales. */
    public long averageCheckMinor() {
        return sales == 0 ? 0 : Math.round((double) revenueMinor / sales);
    }

    /** Sales with a customer / all sales, 0..1; null without sales. */
    public Double identifiedShare() {
        return identifiedShare(sales, identifiedSales);
    }

    /** The one definition of the identified share, also per cashier: identified / sales; null without sales. */
    static Double identifiedShare(long sales, long identifiedSales) {
        return sales == 0 ? null : (double) identifiedSales / sales;
    }

    /**
     * Enrollments / sales to people not yet in the program (sales without a customer, and the enrolling ones),
     * 0..1; null when there were none: of the chances to enroll someone, how many the till took.
     */
    public Double enrollmentRate() {
        return enrollmentRate(sales, identifiedSales, enrollments);
    }

    /** The one definition of the enrollment rate, also per cashier (see {@link #enrollmentRate()}). */
    static Double enrollmentRate(long sales, long identifiedSales, long enrollments) {
        long chances = sales - identifiedSales + enrollments;
        return chances == 0 ? null : (double) enrollments / chances;
    }

    /** Back within 30 days / first visits with 30 days behind them, 0..1; null when there were none. */
    public Double repeatRate() {
        return repeatBase == 0 ? null : (double) repeatBack / repeatBase;
    }
}
