package dev.regulars.server.customerpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The join page's cookie of friends' codes opened today. */
class SeenLinksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aCodeSeenTodayIsSeenAndTheCodeItselfIsNotWritten() {
        String key = SeenLinks.key("ABC123");
        assertThat(key).matches("[0-9a-f]{12}");
        SeenLinks seen = SeenLinks.read(null, TODAY).with(key);
        assertThat(seen.write()).isEqualTo("20261130." + key).doesNotContain("ABC123");
        SeenLinks again = SeenLinks.read(seen.write(), TODAY);
        assertThat(again.has(key)).isTrue();
        assertThat(again.has(SeenLinks.key("XYZ789"))).isFalse();
        // adding it again changes nothing
        assertThat(again.with(key).write()).isEqualTo(seen.write());
    }

    @Test
    void yesterdaysOrAForgedValueIsNothingSeen() {
        String key = SeenLinks.key("ABC123");
        assertThat(SeenLinks.read("20261129." + key, TODAY).has(key)).isFalse();
        assertThat(SeenLinks.read("20261130." + key + ";drop", TODAY).keys()).isEmpty();
        assertThat(SeenLinks.read("", TODAY).keys()).isEmpty();
    }

    @Test
    void pastEightCodesTheOldestIsForgotten() {
        SeenLinks seen = SeenLinks.read(null, TODAY);
        for (int i = 0; i < 9; i++) {
            seen = seen.with(SeenLinks.key("CODE" + i));
        }
        assertThat(seen.keys()).hasSize(8);
        assertThat(seen.has(SeenLinks.key("CODE0"))).isFalse();
        assertThat(seen.has(SeenLinks.key("CODE8"))).isTrue();
        assertThat(SeenLinks.read(seen.write(), TODAY).keys()).isEqualTo(seen.keys());
    }
}
