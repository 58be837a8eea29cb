package dev.regulars.core.rules;

import dev.regulars.core.money.BasisPoints;

/**
 * A discount on a check: a percentage or a fixed amount, never more than {@code capMinor} (0: no cap) and never
 * more than the check itself.
 */
public record Discount(Kind kind, BasisPoints percent, long fixedMinor, long capMinor) {

    public static final Discount NONE = new Discount(Kind.FIXED, new BasisPoints(0), 0, 0);

    public enum Kind { PERCENT, FIXED }

    public Discount {
        if (kind == null || percent == null) {
            throw new IllegalArgumentException("a discount needs a kind and a percent (0 for fixed)");
        }
        if (fixedMinor < 0 || capMinor < 0) {
            throw new IllegalArgumentException("discount amounts must not be negative");
        }
    }

    public static Discount percent(BasisPoints percent, long capMinor) {
        return new Discount(Kind.PERCENT, percent, 0, capMinor);
    }

    public static Discount fixed(long amountMinor) {
        return new Discount(Kind.FIXED, new BasisPoints(0), amountMinor, 0);
    }

    /** What this discount takes off a check of {@code amountMinor}. */
    public long of(long amountMinor) {
        long raw = kind == Kind.PERCENT ? percent.of(amountMinor) : fixedMinor;
        if (capMinor > 0) {
            raw = Math.min(raw, capMinor);
        }
        return Math.max(0, Math.min(raw, amountMinor));
    }

    public boolean isNone() {
        return kind == Kind.FIXED ? fixedMinor == 0 : percent.value() == 0;
    }
}
