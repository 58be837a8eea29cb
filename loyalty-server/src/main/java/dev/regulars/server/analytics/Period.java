package dev.regulars.server.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days from {@code first} to {@code last}, both included, in the stores' own zones (a store's day is its local
 * day).
 */
public record Period(LocalDate first, LocalDate last) {

    public Period {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + first + " to " + last);
        }
    }

    /** The {@code days} days up to and including {@code last}. */
    public static Period lastDays(LocalDate last, int days) {
        return new Period(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The period of the same length just before this one. */
    public Period before() {
        return new Period(first.minusDays(days()), first.minusDays(1));
    }

    /** This period moved {@code days} days earlier. */
    public Period minusDays(long days) {
        return new Period(first.minusDays(days), last.minusDays(days));
    }
}
