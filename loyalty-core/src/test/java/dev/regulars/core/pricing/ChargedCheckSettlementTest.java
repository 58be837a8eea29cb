package dev.regulars.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check the till charged, booked by the server: the money stands, the points are the server's. */
class ChargedCheckSettlementTest {

    /** The demo program: 3/5/7 %, points (1 cent) pay up to 30 %, a friend's first purchase 20 % off, at most 3 EUR. */
    private static final ProgramRules RULES = new ProgramRules(1,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3)),
                    new Tier("Silver", 200_00, BasisPoints.percent(5)),
                    new Tier("Gold", 500_00, BasisPoints.percent(7))),
            1, BasisPoints.percent(30), 0, 0, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10), BirthdayBonus.NONE);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<CheckLine> TWO_FLAT_WHITES = List.of(new CheckLine("FLAT-WHITE", "Flat white", 2, 380));
    private final ChargedCheckSettlement settlement = new ChargedCheckSettlement();

    @Test
    void aReferralDiscountTheServerRefusesStaysOnTheCheckAndPointsAreEarnedOnWhatWasPaid() {
        // 7.60, 20 % off at the till: 6.08 paid, 18 points printed
        PricedCheck charged = new PricedCheck(760, 152, 0, 0, 608, 18, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged,
                new CustomerStanding("Bronze", false, "self-referral (card)"), RULES, EUR);

        assertThat(booked.figures()).isEqualTo(new PricedCheck(760, 152, 0, 0, 608, 18, "Bronze"));
        assertThat(booked.referralDiscountTaken()).isFalse();
        assertThat(booked.differences())
                .containsExactly("referral discount given at the till but refused: self-referral (card)");
    }

    @Test
    void aReferralTheServerGrantsIsTakenAndNothingDiffers() {
        PricedCheck charged = new PricedCheck(760, 152, 0, 0, 608, 18, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", true, null),
                RULES, EUR);

        assertThat(booked.referralDiscountTaken()).isTrue();
        assertThat(booked.agrees()).isTrue();
        assertThat(booked.figures().dueMinor()).isEqualTo(608);
    }

    @Test
    void aDiscountDueButNotGivenAtTheTillStaysDueAndTheCheckStandsAsPaid() {
        PricedCheck charged = new PricedCheck(760, 0, 0, 0, 760, 23, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", true, null),
                RULES, EUR);

        assertThat(booked.referralDiscountTaken()).isFalse();
        assertThat(booked.agrees()).isTrue();
        assertThat(booked.figures().dueMinor()).isEqualTo(760);
    }

    @Test
    void anotherTierAtTheTillChangesThePointsNotTheMoney() {
        // the till thought Gold (7 %): 53 points on 7.60
        PricedCheck charged = new PricedCheck(760, 0, 0, 0, 760, 53, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", false, null),
                RULES, EUR);

        assertThat(booked.figures()).isEqualTo(new PricedCheck(760, 0, 0, 0, 760, 23, "Bronze"));
        assertThat(booked.differences())
                .containsExactly("points earned: the till printed 53, the server gives 23 (Bronze, rules v1)");
    }

    @Test
    void aRedemptionBeyondTheRulesIsKeptAsTakenAndFlagged() {
        // 300 points (3.00) off a 7.60 check whose cap is 30 % = 228 points; and a discount that is not their worth
        PricedCheck charged = new PricedCheck(760, 0, 300, 250, 510, 15, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", false, null),
                RULES, EUR);

        assertThat(booked.figures().pointsRedeemed()).isEqualTo(300);
        assertThat(booked.figures().redeemDiscountMinor()).isEqualTo(250);
        assertThat(booked.figures().dueMinor()).isEqualTo(510);
        assertThat(booked.differences()).containsExactly(
                "points redeemed: the till took 300, the rules allow at most 228 on this check",
                "points redeemed: 300 points took €2.50 off at the till, under the rules they are worth €3.00");
    }

    @Test
    void aReferralDiscountOtherThanTheRulesIsKeptAndFlagged() {
        PricedCheck charged = new PricedCheck(760, 400, 0, 0, 360, 11, null);

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", true, null),
                RULES, EUR);

        assertThat(booked.figures().referralDiscountMinor()).isEqualTo(400);
        assertThat(booked.differences())
                .containsExactly("referral discount: the till gave €4.00, the rules give €1.52");
    }

    @Test
    void aCheckWithoutACustomerEarnsNothingAndLoyaltyFiguresOnItAreFlagged() {
        assertThat(settlement.settleWithoutCustomer(new PricedCheck(760, 0, 0, 0, 760, 0, null), EUR))
                .isEqualTo(new Settlement(new PricedCheck(760, 0, 0, 0, 760, 0, null), false, List.of()));
        Settlement odd = settlement.settleWithoutCustomer(new PricedCheck(760, 152, 0, 0, 608, 18, null), EUR);
        assertThat(odd.figures()).isEqualTo(new PricedCheck(760, 152, 0, 0, 608, 0, null));
        assertThat(odd.differences()).containsExactly(
                "the till gave loyalty figures to a sale without a customer: €1.52 referral discount, 18 points earned");
    }

    @Test
    void theFriendsDiscountIsCheckedOnWhatIsLeftAfterTheCashiersDiscount() {
        // 7.60, 1.00 off by the cashier, 20 % of 6.60 = 1.32 for the friend: 5.28 paid, 3 % = 16 points
        PricedCheck charged = new PricedCheck(760, 132, 0, 0, 528, 16, null, 100, 0, List.of());

        Settlement booked = settlement.settle(TWO_FLAT_WHITES, charged, new CustomerStanding("Bronze", true, null),
                RULES, EUR);

        assertThat(booked.differences()).isEmpty();
        assertThat(booked.figures().checkDiscountMinor()).isEqualTo(100);
        assertThat(booked.figures().dueMinor()).isEqualTo(528);
        assertThat(booked.figures().pointsEarned()).isEqualTo(16);
    }
}
