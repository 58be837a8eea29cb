package dev.regulars.core.pricing;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static dev.regulars.core.testing.PropertyTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.ProgramRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CheckPricerTest {

    /** 5 % back, points pay at most 30 % of a check, 1 point = 1 cent. */
    private static final ProgramRules RULES =
            ProgramRules.basic(1, BasisPoints.percent(5), BasisPoints.percent(30), 1);
    private final CheckPricer pricer = new CheckPricer();

    private static final List<CheckLine> FLAT_WHITE_AND_CROISSANT = List.of(
            new CheckLine("FLAT-WHITE", "Flat white", 2, 380),
            new CheckLine("CROISSANT", "Croissant", 1, 290));

    @Test
    void earnsOnWhatIsPaidWithMoney() {
        PricedCheck check = pricer.price(FLAT_WHITE_AND_CROISSANT, 0, 1_000, RULES);

        assertThat(check).usingRecursiveComparison().ignoringFields("vat").isEqualTo(new PricedCheck(1050, 0, 0, 0, 1050, 53, "Member"));
    }

    @Test
    void redeemsUpToTheShareOfTheCheckAndEarnsOnlyOnTheRest() {
        PricedCheck check = pricer.price(FLAT_WHITE_AND_CROISSANT, 1_000, 1_000, RULES);

        // 30 % of 10.50 is 3.15: 315 points at most
        assertThat(check.pointsRedeemed()).isEqualTo(315);
        assertThat(check.redeemDiscountMinor()).isEqualTo(315);
        assertThat(check.dueMinor()).isEqualTo(735);
        // 5 % of 7.35 = 36.75
        assertThat(check.pointsEarned()).isEqualTo(37);
    }

    @Test
    void redeemsNoMoreThanTheBalanceOrTheWish() {
        assertThat(pricer.price(FLAT_WHITE_AND_CROISSANT, 1_000, 120, RULES).pointsRedeemed()).isEqualTo(120);
        assertThat(pricer.price(FLAT_WHITE_AND_CROISSANT, 100, 1_000, RULES).pointsRedeemed()).isEqualTo(100);
        assertThat(pricer.price(FLAT_WHITE_AND_CROISSANT, 100, -40, RULES).pointsRedeemed()).isZero();
        assertThat(pricer.redeemablePoints(FLAT_WHITE_AND_CROISSANT, 5_000, RULES)).isEqualTo(315);
    }

    @Test
    void aPointWorthMoreThanOneUnitNeverPaysPastTheCap() {
        ProgramRules tenCentPoints = ProgramRules.basic(2, BasisPoints.percent(1), BasisPoints.percent(30), 10);

        PricedCheck check = pricer.price(FLAT_WHITE_AND_CROISSANT, 1_000, 1_000, tenCentPoints);

        assertThat(check.pointsRedeemed()).isEqualTo(31);
        assertThat(check.redeemDiscountMinor()).isEqualTo(310);
    }

    @Test
    void refusesNegativeWishesAndBadLines() {
        assertThatThrownBy(() -> pricer.price(FLAT_WHITE_AND_CROISSANT, -1, 0, RULES))
                .hasMessage("points to redeem must not be negative");
        assertThatThrownBy(() -> new CheckLine("LATTE", "Latte", 0, 300))
                .hasMessage("quantity of LATTE must be positive, was 0");
        assertThatThrownBy(() -> new CheckLine("LATTE", "Latte", 1, -300))
                .hasMessage("price of LATTE must not be negative");
    }

    /** The generated input of {@link #redemptionNeverExceedsTheCapTheBalanceOrTheCheck()}. */
    private record RedemptionCase(int quantity, long unitPrice, long wanted, long balance, int shareBp,
                                  int pointValue) {
    }

    @Test
    void redemptionNeverExceedsTheCapTheBalanceOrTheCheck() {
        Gen<Integer> quantity = ints(1, 20);
        Gen<Long> unitPrice = longs(0, 100_000);
        Gen<Long> wanted = longs(0, 1_000_000);
        Gen<Long> balance = longs(0, 1_000_000);
        Gen<Integer> shareBp = ints(0, 10_000);
        Gen<Integer> pointValue = ints(1, 100);
        Gen<RedemptionCase> cases = in -> new RedemptionCase(quantity.generate(in), unitPrice.generate(in),
                wanted.generate(in), balance.generate(in), shareBp.generate(in), pointValue.generate(in));
        checkProperty(DEFAULT_TRIES, cases, c -> redemptionNeverExceedsTheCapTheBalanceOrTheCheck(
                c.quantity(), c.unitPrice(), c.wanted(), c.balance(), c.shareBp(), c.pointValue()));
    }

    private void redemptionNeverExceedsTheCapTheBalanceOrTheCheck(
            int quantity, long unitPrice, long wanted, long balance, int shareBp, int pointValue) {
        ProgramRules rules = ProgramRules.basic(1, BasisPoints.percent(3), new BasisPoints(shareBp), pointValue);
        List<CheckLine> lines = List.of(new CheckLine("X", "X", quantity, unitPrice));

        PricedCheck check = pricer.price(lines, wanted, balance, rules);

        assertThat(check.pointsRedeemed()).isBetween(0L, Math.min(wanted, balance));
        assertThat(check.redeemDiscountMinor()).isLessThanOrEqualTo(new BasisPoints(shareBp).of(check.subtotalMinor()));
        assertThat(check.dueMinor()).isGreaterThanOrEqualTo(0);
        assertThat(check.subtotalMinor() - check.redeemDiscountMinor()).isEqualTo(check.dueMinor());
    }

    /** The generated input of {@link #earnedPointsOverManySalesStayWithinHalfAPointPerSaleOfTheExactSum()}. */
    private record SalesCase(int sales, long price) {
    }

    @Test
    void earnedPointsOverManySalesStayWithinHalfAPointPerSaleOfTheExactSum() {
        checkProperty(DEFAULT_TRIES, ints(1, 300).zip(longs(1, 10_000), SalesCase::new),
                c -> earnedPointsOverManySalesStayWithinHalfAPointPerSaleOfTheExactSum(c.sales(), c.price()));
    }

    private void earnedPointsOverManySalesStayWithinHalfAPointPerSaleOfTheExactSum(int sales, long price) {
        List<CheckLine> lines = List.of(new CheckLine("X", "X", 1, price));
        long earned = 0;
        List<PricedCheck> checks = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            PricedCheck check = pricer.price(lines, 0, 0, RULES);
            checks.add(check);
            earned += check.pointsEarned();
        }
        // exact: sales * price * 5 / 100; each sale rounds by at most half a point
        double exact = sales * price * 0.05;
        assertThat(Math.abs(earned - exact)).isLessThanOrEqualTo(sales * 0.5);
        assertThat(checks).allSatisfy(c -> assertThat(c.pointsEarned()).isEqualTo(BasisPoints.percent(5).of(price)));
    }
}
