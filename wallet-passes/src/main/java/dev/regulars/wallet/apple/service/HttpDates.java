package dev.regulars.wallet.apple.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Last-Modified and If-Modified-Since for the "send an updated pass" request (Apple, "Send an Updated Pass":
 * answer 304 Not Modified when the pass has not changed since the date Wallet sends). Dates are HTTP's IMF-fixdate
 * (RFC 9110 section 5.6.7), whole seconds in GMT.
 */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private HttpDates() {
    }

    /** The Last-Modified value of an instant, e.g. {@code Mon, 30 Nov 2026 09:15:00 GMT}. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /** The instant of an HTTP date, or empty when the text is not one. */
    public static Optional<Instant> parse(String httpDate) {
        if (httpDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(httpDate.strip(), IMF_FIXDATE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether to send the pass: true unless the request's If-Modified-Since is a valid date at or after the pass's
     * last change, counted in whole seconds as the header is. An invalid date, and one after {@code now}, is
     * ignored (RFC 9110 section 13.1.3: a date later than the server's current time is invalid), so the pass is
     * sent.
     *
     * @param ifModifiedSince the header's value, or {@code null} when absent
     * @param now the server's current time
     */
    public static boolean modifiedSince(Instant lastModified, String ifModifiedSince, Instant now) {
        return parse(ifModifiedSince)
                .filter(since -> !since.isAfter(now))
                .map(since -> lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since))
                .orElse(true);
    }
}
