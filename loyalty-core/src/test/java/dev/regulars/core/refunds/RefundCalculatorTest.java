package dev.regulars.core.refunds;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.anyLong;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static dev.regulars.core.testing.PropertyTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.pricing.PricedCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefundCalculatorTest {

    private final RefundCalculator refunds = new RefundCalculator();
    /** 3 lattes and a cake: 16.20, 300 points redeemed, 13.20 paid, 66 points earned. */
    private static final PricedCheck SALE = new PricedCheck(1620, 0, 300, 300, 1320, 66, "Silver");

    @Test
    void aFullRefundReversesTheSaleExactly() {
        RefundShare all = refunds.reverse(SALE, 0, 1620);

        assertThat(all).isEqualTo(new RefundShare(1320, 66, 300, 0));
    }

    @Test
    void partialRefundsAddUpToTheWhole() {
        RefundShare oneLatte = refunds.reverse(SALE, 0, 390);
        RefundShare twoMore = refunds.reverse(SALE, 390, 780);
        RefundShare cake = refunds.reverse(SALE, 1170, 450);

        assertThat(oneLatte.moneyBackMinor() + twoMore.moneyBackMinor() + cake.moneyBackMinor()).isEqualTo(1320);
        assertThat(oneLatte.pointsEarnedTakenBack() + twoMore.pointsEarnedTakenBack() + cake.pointsEarnedTakenBack())
                .isEqualTo(66);
        assertThat(oneLatte.pointsRedeemedReturned() + twoMore.pointsRedeemedReturned()
                + cake.pointsRedeemedReturned()).isEqualTo(300);
        // 390/1620 of 66 = 15.9: 16 points back for one latte
        assertThat(oneLatte.pointsEarnedTakenBack()).isEqualTo(16);
    }

    @Test
    void pointsThatAlreadyExpiredAreNotTakenBackAgain() {
        assertThat(refunds.reverse(SALE, 0, 1620, 0, 66).pointsEarnedTakenBack()).as("all expired").isZero();
        // 20 of the 66 expired: refunded in parts, 46 come back in all, never more
        RefundShare oneLatte = refunds.reverse(SALE, 0, 390, 0, 20);
        RefundShare twoMore = refunds.reverse(SALE, 390, 780, oneLatte.pointsEarnedTakenBack(), 20);
        RefundShare cake = refunds.reverse(SALE, 1170, 450,
                oneLatte.pointsEarnedTakenBack() + twoMore.pointsEarnedTakenBack(), 20);
        assertThat(oneLatte.pointsEarnedTakenBack() + twoMore.pointsEarnedTakenBack() + cake.pointsEarnedTakenBack())
                .isEqualTo(46);
        assertThat(List.of(oneLatte, twoMore, cake)).allSatisfy(r -> assertThat(r.pointsEarnedTakenBack())
                .isBetween(0L, refunds.reverse(SALE, 0, 1620).pointsEarnedTakenBack()));
        assertThat(cake.moneyBackMinor() + twoMore.moneyBackMinor() + oneLatte.moneyBackMinor()).isEqualTo(1320);
    }

    @Test
    void refusesToReturnMoreThanWasSold() {
        assertThatThrownBy(() -> refunds.reverse(SALE, 1500, 200))
                .hasMessage("refunds would return more than the sale: 1620 sold, 1500 refunded before, 200 now");
        assertThatThrownBy(() -> refunds.reverse(SALE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The generated input of {@link #anyWayOfRefundingEveryLineRestoresTheBalanceExactly()}. */
    private record RefundCase(int lines, long seedPrice, long redeemed, long earned, long shuffleSeed) {
    }

    @Test
    void anyWayOfRefundingEveryLineRestoresTheBalanceExactly() {
        checkProperty(DEFAULT_TRIES,
                ints(1, 12).zip(longs(1, 50_000), longs(0, 1_000), longs(0, 5_000), anyLong(), RefundCase::new),
                c -> anyWayOfRefundingEveryLineRestoresTheBalanceExactly(
                        c.lines(), c.seedPrice(), c.redeemed(), c.earned(), c.shuffleSeed()));
    }

    private void anyWayOfRefundingEveryLineRestoresTheBalanceExactly(
            int lines, long seedPrice, long redeemed, long earned, long shuffleSeed) {
        Random random = new Random(shuffleSeed);
        List<Long> values = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < lines; i++) {
            long value = 1 + Math.floorMod(seedPrice * (i + 7) * 31 + i, 20_000);
            values.add(value);
            subtotal += value;
        }
        long redeemDiscount = Math.min(redeemed, subtotal);
        PricedCheck sale = new PricedCheck(subtotal, 0, redeemDiscount, redeemDiscount, subtotal - redeemDiscount,
                earned, "Member");
        Collections.shuffle(values, random);

        long refundedBefore = 0;
        long money = 0;
        long earnedBack = 0;
        long redeemedBack = 0;
        for (long value : values) {
            RefundShare share = refunds.reverse(sale, refundedBefore, value);
            assertThat(share.moneyBackMinor()).isNotNegative();
            assertThat(share.pointsEarnedTakenBack()).isNotNegative();
            money += share.moneyBackMinor();
            earnedBack += share.pointsEarnedTakenBack();
            redeemedBack += share.pointsRedeemedReturned();
            refundedBefore += value;
        }

        assertThat(money).isEqualTo(sale.dueMinor());
        assertThat(earnedBack).isEqualTo(sale.pointsEarned());
        assertThat(redeemedBack).isEqualTo(sale.pointsRedeemed());
    }

    @Test
    void aRefundsVatIsTakenOutOfTheMoneyBackPerRate() {
        var nine = new dev.regulars.core.money.BasisPoints(900);
        var twentyOne = new dev.regulars.core.money.BasisPoints(2100);
        List<dev.regulars.core.pricing.CheckLine> sold = List.of(
                new dev.regulars.core.pricing.CheckLine("FW", "Flat white", 2, 380, List.of(), nine, null),
                new dev.regulars.core.pricing.CheckLine("MUG", "Mug", 1, 1210, List.of(), twentyOne, null));
        // one flat white (3.80) and the mug (12.10) back in full: 3.80 at 9 % holds 0.31, 12.10 at 21 % 2.10
        assertThat(RefundCalculator.refundVat(sold, java.util.Map.of(1, 1, 2, 1), 1590)).containsExactly(
                new dev.regulars.core.pricing.VatAmount(nine, 380, 31),
                new dev.regulars.core.pricing.VatAmount(twentyOne, 1210, 210));
        // 1.59 of the sale's check discount stays with what was kept: it comes off in proportion (0.38 and 1.21)
        assertThat(RefundCalculator.refundVat(sold, java.util.Map.of(1, 1, 2, 1), 1431)).containsExactly(
                new dev.regulars.core.pricing.VatAmount(nine, 342, 28),
                new dev.regulars.core.pricing.VatAmount(twentyOne, 1089, 189));
        assertThatThrownBy(() -> RefundCalculator.refundVat(sold, java.util.Map.of(3, 1), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
