package dev.regulars.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinRewardsTest {

    @Test
    void aFirstJoiningGetsTheWelcomeBonusAndTheReferralRulesDecide() {
        assertThat(JoinRewards.welcomeBonusPoints(ProgramRulesTest.TIERED, false)).isEqualTo(50);
        assertThat(JoinRewards.referralRefusal(false)).isEmpty();
    }

    @Test
    void aPhoneErasedBeforeJoinsWithoutASecondWelcomeBonusOrReferral() {
        assertThat(JoinRewards.welcomeBonusPoints(ProgramRulesTest.TIERED, true)).isZero();
        assertThat(JoinRewards.referralRefusal(true)).contains(JoinRewards.REJOINED);
    }
}
