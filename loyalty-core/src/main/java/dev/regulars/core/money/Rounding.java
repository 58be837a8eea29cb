package dev.regulars.core.money;

/**
 * The single place where loyalty arithmetic rounds. Half-up (ties away from zero) favours the customer on
 * earned points and on the redeem cap, which is what cashiers and customers expect when they do the sum by hand.
 */
public final class Rounding {

    private Rounding() {
    }

    /** {@code numerator / denominator} rounded half-up; exact for every long that does not overflow. */
    public static long halfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive, was " + denominator);
        }
        long quotient = numerator / denominator;
        long remainder = Math.abs(numerator % denominator);
        // remainder * 2 >= denominator, written so that it cannot overflow
        if (remainder >= denominator - remainder) {
            quotient += Long.signum(numerator);
        }
        return quotient;
    }

    /** {@code amount * basisPoints / 10 000}, rounded half-up. */
    public static long applyBasisPoints(long amount, int basisPoints) {
        return halfUp(Math.multiplyExact(amount, (long) basisPoints), BasisPoints.ONE_HUNDRED_PERCENT);
    }
}
