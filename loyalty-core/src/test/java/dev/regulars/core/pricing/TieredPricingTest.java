package dev.regulars.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieredPricingTest {

    /** 3/5/7 % tiers, points pay up to 30 % of a check of at least 5.00 from a balance of at least 100. */
    private static final ProgramRules RULES = new ProgramRules(3,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3)),
                    new Tier("Silver", 200_00, BasisPoints.percent(5)),
                    new Tier("Gold", 500_00, BasisPoints.percent(7))),
            1, BasisPoints.percent(30), 500, 100, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10),
            BirthdayBonus.NONE);
    private static final List<CheckLine> TWO_LATTES = List.of(new CheckLine("LATTE", "Latte", 2, 390));
    private final CheckPricer pricer = new CheckPricer();

    @Test
    void earnsAtTheCustomersTierRate() {
        assertThat(pricer.price(new CheckRequest(TWO_LATTES, "Bronze", 0, 0, false), RULES).pointsEarned())
                .isEqualTo(23); // 3 % of 7.80 = 23.4
        assertThat(pricer.price(new CheckRequest(TWO_LATTES, "Gold", 0, 0, false), RULES).pointsEarned())
                .isEqualTo(55); // 7 % of 7.80 = 54.6
    }

    @Test
    void anAnonymousCheckEarnsAndRedeemsNothing() {
        PricedCheck check = pricer.price(CheckRequest.anonymous(TWO_LATTES), RULES);

        assertThat(check).usingRecursiveComparison().ignoringFields("vat").isEqualTo(new PricedCheck(780, 0, 0, 0, 780, 0, null));
    }

    @Test
    void redeemsOnlyFromTheMinimumCheckAndBalance() {
        List<CheckLine> espresso = List.of(new CheckLine("ESPRESSO", "Espresso", 1, 240));
        assertThat(pricer.price(new CheckRequest(espresso, "Silver", 1_000, 1_000, false), RULES).pointsRedeemed())
                .as("a 2.40 check is below the 5.00 minimum").isZero();
        assertThat(pricer.price(new CheckRequest(TWO_LATTES, "Silver", 1_000, 99, false), RULES).pointsRedeemed())
                .as("99 points is below the 100 minimum balance").isZero();
        assertThat(pricer.price(new CheckRequest(TWO_LATTES, "Silver", 1_000, 100, false), RULES).pointsRedeemed())
                .isEqualTo(100);
    }

    @Test
    void aReferredCustomersFirstPurchaseGetsTheFriendDiscountBeforePoints() {
        List<CheckLine> breakfast = List.of(new CheckLine("LATTE", "Latte", 2, 390),
                new CheckLine("CAKE", "Cheesecake", 2, 450));

        PricedCheck check = pricer.price(new CheckRequest(breakfast, "Bronze", 0, 0, true), RULES);

        // 20 % of 16.80 = 3.36, capped at 3.00
        assertThat(check.referralDiscountMinor()).isEqualTo(300);
        assertThat(check.dueMinor()).isEqualTo(1380);
        assertThat(check.pointsEarned()).isEqualTo(41); // 3 % of 13.80 = 41.4
        assertThat(check.subtotalMinor() - check.referralDiscountMinor() - check.redeemDiscountMinor())
                .isEqualTo(check.dueMinor());
    }
}
