package dev.regulars.server.sales;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A till's time for a sale or refund, as far as the server can believe it: never after the moment the server
 * received it (a clock running ahead cannot date points in the future) and never before the business joined (a
 * till booting at 1970 cannot backdate points into instant expiry). Days offline are fine: a time in between
 * stands as the till said.
 */
final class TillClock {

    /** Ahead by less than this is the usual drift between two clocks: counted as now, without a word. */
    private static final Duration DRIFT = Duration.ofMinutes(5);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private TillClock() {
    }

    /** The time things count from: {@code tillTime} within [{@code earliest}, {@code arrival}]. */
    static Instant believable(Instant tillTime, Instant earliest, Instant arrival) {
        if (tillTime.isAfter(arrival)) {
            return arrival;
        }
        return tillTime.isBefore(earliest) ? earliest : tillTime;
    }

    /** Words for a manager when the till's time had to be corrected by more than clock drift; else empty. */
    static Optional<String> correction(Instant tillTime, Instant believed, ZoneId zone) {
        if (tillTime.equals(believed) || (tillTime.isAfter(believed)
                && Duration.between(believed, tillTime).compareTo(DRIFT) < 0)) {
            return Optional.empty();
        }
        return Optional.of("the till's clock said " + shown(tillTime, zone) + "; counted as "
                + SHOWN.format(believed.atZone(zone)));
    }

    private static String shown(Instant time, ZoneId zone) {
        int year = time.atZone(zone).getYear();
        return year < 1 || year > 9999 ? "the year " + year : SHOWN.format(time.atZone(zone));
    }
}
