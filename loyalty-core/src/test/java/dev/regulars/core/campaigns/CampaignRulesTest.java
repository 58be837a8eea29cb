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

    /** A customer's draw never changes, and whoever is held out at a share is held out at every larger one. */
    @Test
    void theHoldoutDrawIsRepeatableAndMonotoneInTheShare() {
        checkProperty(1_000, ints(0, 9_999), share -> {
            for (int i = 0; i < 50; i++) {
                String customer = new UUID(i, share).toString();
                boolean out = Holdout.isHeldOut(7L, customer, share);
                assertThat(Holdout.isHeldOut(7L, customer, share)).isEqualTo(out);
                if (out) {
                    assertThat(Holdout.isHeldOut(7L, customer, share + 1)).isTrue();
                }
            }
        });
        assertThat(Holdout.isHeldOut(1, "x", 0)).isFalse();
        assertThat(Holdout.isHeldOut(1, "x", 10_000)).isTrue();
    }

    /** Over 100,000 customers a 10 % holdout holds out 10 %, within six standard deviations (a fixed draw). */
    @Test
    void theHoldoutShareIsTheOneAskedFor() {
        int n = 100_000;
        int held = 0;
        for (int i = 0; i < n; i++) {
            held += Holdout.isHeldOut(1234L, new UUID(i, 99).toString(), 1_000) ? 1 : 0;
        }
        double sd = Math.sqrt(n * 0.1 * 0.9);
        assertThat((double) held).isBetween(10_000 - 6 * sd, 10_000 + 6 * sd);
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
        for (String broken : new String[] {"Hi firstName} {balance", "Hi { firstName }", "Hi {firstName", "{}"}) {
            assertThatThrownBy(() -> new Template(null, broken)).as(broken)
                    .hasMessageStartingWith("A brace that makes no variable");
        }
        assertThat(Template.problemIn("Hi {firstName|friend}, {balance} points")).isNull();
        assertThat(new Template("{bonus} for you", "Hi").uses("bonus")).isTrue();
        assertThat(new Template(null, "Hi {firstName}").uses("bonus")).isFalse();
    }
}
