package dev.regulars.core.pricing;

import dev.regulars.core.money.BasisPoints;

/**
 * The VAT of one rate on a check: prices include VAT, so the tax is worked out of the gross.
 *
 * @param grossMinor what the customer paid for goods at this rate, VAT included, after every discount
 * @param vatMinor   the VAT in it: {@code gross * rate / (100 % + rate)}, rounded half-up
 */
public record VatAmount(BasisPoints rate, long grossMinor, long vatMinor) {

    /** The amount without VAT. */
    public long netMinor() {
        return grossMinor - vatMinor;
    }
}
