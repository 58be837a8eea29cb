package dev.regulars.core.pricing;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static dev.regulars.core.testing.PropertyTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modifiers, the cashier's discounts and VAT per rate, worked out by hand. */
class LinePricingTest {

    /** 5 % back, points pay at most 30 % of a check, 1 point = 1 cent. */
    private static final ProgramRules RULES =
            ProgramRules.basic(1, BasisPoints.percent(5), BasisPoints.percent(30), 1);
    private static final BasisPoints NINE = BasisPoints.percent(9);
    private static final BasisPoints TWENTY_ONE = BasisPoints.percent(21);
    private final CheckPricer pricer = new CheckPricer();

    /** A large oat latte: 3.50 + 0.50 + 0.40, two of them, 9 % VAT. */
    private static final CheckLine LARGE_OAT_LATTES = new CheckLine("LATTE", "Latte", 2, 350,
            List.of(new Modifier("Size", "Large", 50), new Modifier("Milk", "Oat", 40)), NINE, Discount.NONE);
    private static final CheckLine MUG = new CheckLine("MUG", "Mug", 1, 1250, List.of(), TWENTY_ONE, Discount.NONE);

    @Test
    void modifiersAddToEveryUnit() {
        assertThat(LARGE_OAT_LATTES.unitTotalMinor()).isEqualTo(440);
        assertThat(LARGE_OAT_LATTES.totalMinor()).isEqualTo(880);

        PricedCheck check = pricer.price(CheckRequest.anonymous(List.of(LARGE_OAT_LATTES, MUG)), RULES);

        assertThat(check.subtotalMinor()).isEqualTo(2130);
        assertThat(check.dueMinor()).isEqualTo(2130);
        // 880 * 9 / 109 = 72.66 -> 73; 1250 * 21 / 121 = 216.94 -> 217
        assertThat(check.vat()).containsExactly(new VatAmount(NINE, 880, 73), new VatAmount(TWENTY_ONE, 1250, 217));
    }

    @Test
    void aCheaperOptionLowersThePriceButNeverBelowZero() {
        CheckLine noMilk = new CheckLine("TEA", "Tea", 1, 250, List.of(new Modifier("Milk", "None", -20)), NINE,
                Discount.NONE);
        assertThat(noMilk.totalMinor()).isEqualTo(230);
        assertThatThrownBy(() -> new CheckLine("TEA", "Tea", 1, 10, List.of(new Modifier("Milk", "None", -20)),
                NINE, Discount.NONE)).hasMessageContaining("below zero");
    }

    @Test
    void aLineDiscountComesOutOfTheLineAndTheSubtotal() {
        CheckLine halfPrice = LARGE_OAT_LATTES.withDiscount(Discount.percent(BasisPoints.percent(50), 0));

        PricedCheck check = pricer.price(CheckRequest.anonymous(List.of(halfPrice, MUG)), RULES);

        assertThat(halfPrice.discountMinor()).isEqualTo(440);
        assertThat(check.subtotalMinor()).isEqualTo(440 + 1250);
        assertThat(check.lineDiscountsMinor()).isEqualTo(440);
        assertThat(check.discountsMinor()).isEqualTo(440);
        // 440 * 9 / 109 = 36.33 -> 36
        assertThat(check.vat()).containsExactly(new VatAmount(NINE, 440, 36), new VatAmount(TWENTY_ONE, 1250, 217));
    }

    @Test
    void aFixedLineDiscountIsNeverMoreThanTheLine() {
        CheckLine line = MUG.withDiscount(Discount.fixed(5_000));

        assertThat(line.discountMinor()).isEqualTo(1250);
        assertThat(line.totalMinor()).isZero();
    }

    @Test
    void theCheckDiscountComesBeforeTheFriendsAndThePoints() {
        ProgramRules rules = RULES;
        CheckRequest request = new CheckRequest(List.of(LARGE_OAT_LATTES, MUG), "Member", 1_000, 1_000, false,
                Discount.fixed(130));

        PricedCheck check = pricer.price(request, rules);

        // 2130 - 130 = 2000; points pay at most 30 % of it: 600; 1400 paid, 5 % = 70 points
        assertThat(check.checkDiscountMinor()).isEqualTo(130);
        assertThat(check.redeemDiscountMinor()).isEqualTo(600);
        assertThat(check.dueMinor()).isEqualTo(1400);
        assertThat(check.pointsEarned()).isEqualTo(70);
        assertThat(check.discountsMinor()).isEqualTo(730);
        // 730 off the check, shared 880 : 1250 -> 301.6 and 428.4 -> 302 and 428 (largest remainder)
        // 9 %: 578 * 9 / 109 = 47.72 -> 48; 21 %: 822 * 21 / 121 = 142.66 -> 143
        assertThat(check.vat()).containsExactly(new VatAmount(NINE, 578, 48), new VatAmount(TWENTY_ONE, 822, 143));
    }

    @Test
    void anAnonymousCheckKeepsTheCashiersDiscount() {
        PricedCheck check = pricer.price(CheckRequest.anonymous(List.of(MUG), Discount.percent(
                BasisPoints.percent(10), 0)), RULES);

        assertThat(check.checkDiscountMinor()).isEqualTo(125);
        assertThat(check.dueMinor()).isEqualTo(1125);
        assertThat(check.pointsEarned()).isZero();
    }

    @Test
    void sharesOfACheckDiscountAddUpToItExactly() {
        checkProperty(DEFAULT_TRIES, ints(1, 9).zip(longs(0, 1_000_000), longs(1, 50_000), Case::new), c -> {
            List<CheckLine> lines = new java.util.ArrayList<>();
            for (int i = 0; i < c.lines(); i++) {
                lines.add(new CheckLine("S" + i, "S", 1 + i % 3, c.price() + 7 * i, List.of(),
                        i % 2 == 0 ? NINE : TWENTY_ONE, Discount.NONE));
            }
            long total = lines.stream().mapToLong(CheckLine::totalMinor).sum();
            long reduction = c.reduction() % (total + 1);

            List<VatAmount> vat = VatBreakdown.of(lines, reduction);

            assertThat(vat.stream().mapToLong(VatAmount::grossMinor).sum()).isEqualTo(total - reduction);
            long[] shares = VatBreakdown.shares(lines, reduction, total);
            for (int i = 0; i < lines.size(); i++) {
                // each share within one minor unit of its exact proportion
                double exact = (double) reduction * lines.get(i).totalMinor() / total;
                assertThat((double) shares[i]).isBetween(Math.floor(exact), Math.ceil(exact));
            }
            assertThat(vat).allSatisfy(v -> assertThat(v.vatMinor()).isBetween(0L, v.grossMinor()));
        });
    }

    private record Case(int lines, long reduction, long price) {
    }

    @Test
    void aReductionLargerThanTheCheckIsRefused() {
        assertThatThrownBy(() -> VatBreakdown.of(List.of(MUG), 1251)).isInstanceOf(IllegalArgumentException.class);
    }
}
