package dev.regulars.core.campaigns;

import java.time.LocalTime;

/**
 * Hours of the store's day in which no message goes out, e.g. 21:00 to 09:00 (across midnight) or 13:00 to 14:00.
 * {@code from} equal to {@code until}: no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        if (from == null || until == null) {
            throw new IllegalArgumentException("quiet hours need a start and an end");
        }
    }

    /** Whether a message may not go out at this local time. */
    public boolean contains(LocalTime time) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }
}
