package dev.regulars.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A rate in hundredths of a percent: 350 is 3.5 %. Kept integral so that no rate ever passes through a double. */
public record BasisPoints(@JsonValue int value) {

    public static final int ONE_HUNDRED_PERCENT = 10_000;

    public BasisPoints {
        if (value < 0 || value > ONE_HUNDRED_PERCENT) {
            throw new IllegalArgumentException("a rate must be between 0 % and 100 %, was " + value + " basis points");
        }
    }

    @JsonCreator
    public static BasisPoints valueOf(int value) {
        return new BasisPoints(value);
    }

    public static BasisPoints percent(int percent) {
        return new BasisPoints(Math.multiplyExact(percent, 100));
    }

    /** {@code amount} times this rate, rounded half-up. */
    public long of(long amount) {
        return Rounding.applyBasisPoints(amount, value);
    }

    @Override
    public String toString() {
        return value % 100 == 0 ? value / 100 + " %" : value / 100 + "." + String.format("%02d", value % 100) + " %";
    }
}
