package dev.regulars.wallet.apple.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

    /** The server's now, after every date the tests send. */
    private static final Instant LATER = Instant.parse("3000-01-01T00:00:00Z");

    @Test
    void formats_an_imf_fixdate_in_gmt() {
        assertThat(HttpDates.format(Instant.parse("2026-11-30T09:15:00.750Z")))
                .isEqualTo("Mon, 30 Nov 2026 09:15:00 GMT");
    }

    @Test
    void a_pass_changed_after_the_date_is_sent_and_one_not_changed_is_not() {
        Instant changed = Instant.parse("2026-11-30T09:15:00.750Z");

        assertThat(HttpDates.modifiedSince(changed, "Mon, 30 Nov 2026 09:14:59 GMT", LATER)).isTrue();
        // the header has whole seconds: the pass's own Last-Modified must count as not modified
        assertThat(HttpDates.modifiedSince(changed, HttpDates.format(changed), LATER)).isFalse();
        assertThat(HttpDates.modifiedSince(changed, "Mon, 30 Nov 2026 10:00:00 GMT", LATER)).isFalse();
    }

    @Test
    void a_date_after_now_is_ignored_so_the_pass_is_sent() {
        Instant changed = Instant.parse("2026-11-30T09:15:00Z");

        assertThat(HttpDates.modifiedSince(changed, "Fri, 31 Dec 9999 23:59:59 GMT", changed.plusSeconds(60)))
                .isTrue();
        assertThat(HttpDates.modifiedSince(changed, "Mon, 30 Nov 2026 09:16:00 GMT", changed.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void a_missing_or_invalid_date_means_send_it() {
        Instant changed = Instant.parse("2026-11-30T09:15:00Z");

        assertThat(HttpDates.modifiedSince(changed, null, LATER)).isTrue();
        assertThat(HttpDates.modifiedSince(changed, "yesterday", LATER)).isTrue();
        assertThat(HttpDates.parse("30 Nov 2026")).isEmpty();
    }

    @Test
    void an_answer_is_never_304_for_a_pass_changed_in_a_later_second_than_its_last_modified() {
        qt().forAll(longs().between(0, 4_000_000_000_000L), longs().between(0, 100_000_000L))
                .checkAssert((millis, later) -> {
                    Instant served = Instant.ofEpochMilli(millis);
                    Instant changed = served.plusMillis(later);
                    boolean laterSecond = changed.getEpochSecond() > served.getEpochSecond();
                    assertThat(HttpDates.modifiedSince(changed, HttpDates.format(served), LATER)).isEqualTo(laterSecond);
                });
    }
}
