package dev.regulars.core.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in the currency's minor units (cents, kopecks). BigDecimal appears only to parse and print, never
 * to compute.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses what a cashier types ("12.5", "12,50", "12") into minor units.
     *
     * @throws IllegalArgumentException with a message for the cashier when the text is not an amount of this currency
     */
    public static Money parse(String text, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter an amount");
        }
        String normalized = text.trim().replace(',', '.').replace(" ", "");
        if (!normalized.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            // digits with one decimal separator only: "1e9" (which BigDecimal reads) is a typo, not a billion
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not an amount");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(normalized);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not an amount");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    "\"" + text.trim() + "\" has more than " + digits + " decimals for " + currency.getCurrencyCode());
        }
        try {
            return new Money(amount.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is too large an amount");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** The amount as a plain decimal ("12.50"), for receipts and wire formats that want a decimal string. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /** The amount formatted for people in the given locale, with the currency symbol. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(toDecimal());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
