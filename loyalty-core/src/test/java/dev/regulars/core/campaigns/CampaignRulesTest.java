package dev.regulars.core.campaigns;

import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    @Test
    void quietHoursMayRunPastMidnight() {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));
        assertThat(night.contains(LocalTime.of(22, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(9, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertThat(lunch.contains(LocalTime.of(13, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(14, 0))).isFalse();
        assertThat(QuietHours.NONE.contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void aFrequencyCapCountsMessagesInItsWindow() {
        FrequencyCap oneInThreeDays = new FrequencyCap(1, 3);
        assertThat(oneInThreeDays.allowsAnother(0)).isTrue();
        assertThat(oneInThreeDays.allowsAnother(1)).isFalse();
        assertThat(FrequencyCap.NONE.allowsAnother(99)).isTrue();
        assertThatThrownBy(() -> new FrequencyCap(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Over many customers the held-out share is the one asked for, and a customer's draw never changes. */
    @Test
    void theHoldoutDrawIsUniformAndRepeatable() {
        checkProperty(200, ints(0, 10_000), share -> {
            int held = 0;
            int n = 4_000;
            for (int i = 0; i < n; i++) {
                String customer = new UUID(i, share).toString();
                boolean out = Holdout.isHeldOut(42L + share, customer, share);
                assertThat(Holdout.isHeldOut(42L + share, customer, share)).isEqualTo(out);
                held += out ? 1 : 0;
            }
            // within 4 standard deviations of a binomial draw
            double expected = n * share / 10_000.0;
            double sd = Math.sqrt(n * (share / 10_000.0) * (1 - share / 10_000.0));
            assertThat((double) held).isBetween(expected - 4 * sd - 1, expected + 4 * sd + 1);
        });
        assertThat(Holdout.isHeldOut(1, "x", 0)).isFalse();
        assertThat(Holdout.isHeldOut(1, "x", 10_000)).isTrue();
    }

    @Test
    void templatesFillVariablesWithFallbacksAndRefuseUnknownOnes() {
        Template t = new Template("Happy birthday, {firstName|friend}!", "{bonus} points for you until {bonusExpiry}.");
        assertThat(t.subject(Map.of("firstName", "Eva"))).isEqualTo("Happy birthday, Eva!");
        assertThat(t.subject(Map.of())).isEqualTo("Happy birthday, friend!");
        assertThat(t.body(Map.of("bonus", "100", "bonusExpiry", "12 Dec"))).isEqualTo("100 points for you until 12 Dec.");
        assertThat(t.body(Map.of("bonus", "$1 \\ odd", "bonusExpiry", "x"))).isEqualTo("$1 \\ odd points for you until x.");
        assertThatThrownBy(() -> new Template(null, "Hi {name}")).hasMessageContaining("{name} is not a variable");
        assertThatThrownBy(() -> new Template(null, " ")).hasMessage("a message needs a text");
    }
}
