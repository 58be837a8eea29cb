package dev.regulars.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    static final ProgramRules TIERED = new ProgramRules(3,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3)),
                    new Tier("Silver", 200_00, BasisPoints.percent(5)),
                    new Tier("Gold", 500_00, BasisPoints.percent(7))),
            1, BasisPoints.percent(30), 500, 100, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10),
            new BirthdayBonus(100, 14));

    @Test
    void placesCustomersInTiersByTrailingSpend() {
        assertThat(TIERED.tierFor(0).name()).isEqualTo("Bronze");
        assertThat(TIERED.tierFor(199_99).name()).isEqualTo("Bronze");
        assertThat(TIERED.tierFor(200_00).name()).isEqualTo("Silver");
        assertThat(TIERED.tierFor(1_000_00).name()).isEqualTo("Gold");
        assertThat(TIERED.tierNamed("Silver").earnRate()).isEqualTo(BasisPoints.percent(5));
        assertThat(TIERED.tierNamed("Platinum").name()).isEqualTo("Bronze");
    }

    @Test
    void refusesProgramsThatMakeNoSense() {
        assertThatThrownBy(() -> new ProgramRules(1, List.of(new Tier("Silver", 100, BasisPoints.percent(5))), 1,
                BasisPoints.percent(30), 0, 0, 0, 0, ReferralRules.NONE, BirthdayBonus.NONE))
                .hasMessage("the first tier starts at a spend of 0");
        assertThatThrownBy(() -> new ProgramRules(1, List.of(new Tier("A", 0, BasisPoints.percent(5)),
                new Tier("B", 0, BasisPoints.percent(6))), 1, BasisPoints.percent(30), 0, 0, 0, 0,
                ReferralRules.NONE, BirthdayBonus.NONE))
                .hasMessage("tier thresholds must increase: B");
        assertThatThrownBy(() -> ProgramRules.basic(0, BasisPoints.percent(5), BasisPoints.percent(30), 1))
                .hasMessage("rules version starts at 1");
        assertThatThrownBy(() -> new ReferralRules(Discount.NONE, -1, 0, 1, 1))
                .hasMessage("referral figures must not be negative");
        assertThatThrownBy(() -> new BirthdayBonus(100, 0))
                .hasMessage("a birthday bonus needs a validity of at least one day");
        assertThatThrownBy(() -> new BirthdayBonus(-5, 14)).hasMessage("birthday bonus figures must not be negative");
    }

    @Test
    void aBirthdayBonusIsValidForItsDaysInTheStoresZone() {
        java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        // granted the morning before the clocks go back: still 09:00 there, fourteen days on
        java.time.Instant granted = java.time.Instant.parse("2026-10-20T07:00:00Z");
        assertThat(TIERED.birthday().validUntil(granted, amsterdam))
                .isEqualTo(java.time.Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(TIERED.birthday().isEnabled()).isTrue();
        assertThat(ProgramRules.basic(1, BasisPoints.percent(5), BasisPoints.percent(30), 1).birthday())
                .isEqualTo(BirthdayBonus.NONE);
    }

    @Test
    void rulesStoredBeforeTheBirthdayBonusReadAsWithoutOne() throws Exception {
        String json = WireJson.mapper().writeValueAsString(TIERED).replaceAll(",\"birthday\":\\{[^}]*\\}", "");
        assertThat(json).doesNotContain("birthday");

        assertThat(WireJson.mapper().readValue(json, ProgramRules.class).birthday()).isEqualTo(BirthdayBonus.NONE);
    }

    @Test
    void travelsAsJsonAndComesBackEqual() throws Exception {
        String json = WireJson.mapper().writeValueAsString(TIERED);

        assertThat(WireJson.mapper().readValue(json, ProgramRules.class)).isEqualTo(TIERED);
        assertThat(json).contains("\"earnRate\":500").doesNotContain("entryTier");
    }

    @Test
    void discountsNeverExceedTheirCapOrTheCheck() {
        Discount twentyPercentCappedAtThree = Discount.percent(BasisPoints.percent(20), 300);
        assertThat(twentyPercentCappedAtThree.of(1000)).isEqualTo(200);
        assertThat(twentyPercentCappedAtThree.of(5000)).isEqualTo(300);
        assertThat(Discount.fixed(500).of(350)).isEqualTo(350);
        assertThat(Discount.NONE.of(1000)).isZero();
        assertThat(ReferralRules.NONE.isEnabled()).isFalse();
        assertThat(TIERED.referral().isEnabled()).isTrue();
    }
}
