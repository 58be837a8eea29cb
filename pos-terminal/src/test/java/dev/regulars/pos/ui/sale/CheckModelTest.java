package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.rules.Discount;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.sale.ManagerApproval;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The check's lines and discounts, and the manager's PIN a large discount waits for. */
class CheckModelTest {

    private final List<String> refusals = new ArrayList<>();
    private final List<CashierRecord> people = List.of(
            new CashierRecord(UUID.randomUUID(), "Anna", PinHasher.hash("1234")),
            new CashierRecord(UUID.randomUUID(), "Maria", PinHasher.hash("9999"), true, true));
    private final CheckModel check = new CheckModel(new ManagerApproval(ManagerApproval.DEFAULT_DISCOUNT_LIMIT),
            Currency.getInstance("EUR"), () -> people, e -> refusals.add(e.getMessage()), () -> { });

    @Test
    void theSameItemRaisesTheQuantityAndTheSelectedLineCanBeChanged() {
        ModifierChoice large = new ModifierChoice(TillFixture.LATTE);
        large.toggle(0, 2);
        check.add(large.line());
        check.add(large.line());
        check.add(new ModifierChoice(TillFixture.LATTE).line());

        assertThat(check.lines()).extracting(l -> l.quantity()).containsExactly(2, 1);
        assertThat(check.selectedProperty().get()).isEqualTo(1);
        check.selectedProperty().set(0);
        check.plusOne();
        assertThat(check.lines().get(0).quantity()).isEqualTo(3);
        check.delete();
        assertThat(check.lines()).hasSize(1);
        check.minusOne();
        assertThat(check.isEmpty()).isTrue();
        check.minusOne();
        assertThat(refusals).containsExactly("Select a line first");
    }

    @Test
    void anAmountOffLargerThanTheLineOrCheckIsRefusedWithWordsNotTakenAsAllOfIt() {
        check.add(new ModifierChoice(TillFixture.LATTE).line());
        check.discountInputProperty().set("3.51");
        check.discountLine();
        check.discountInputProperty().set("99999999");
        check.discountCheck();
        assertThat(refusals).containsExactly("A discount of 3.51 is more than the line's 3.50",
                "A discount of 99999999.00 is more than the check's 3.50");
        assertThat(check.approvalProperty().get()).as("no manager's PIN asked").isNull();
        assertThat(check.lines().get(0).discountMinor()).isZero();
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
        // the whole line off is still a discount (a manager's)
        check.discountInputProperty().set("3.50");
        check.discountLine();
        assertThat(check.approvalProperty().get()).isNotNull();
    }

    @Test
    void aSmallDiscountIsTheCashiersAndALargeOneWaitsForAManagersPin() {
        check.add(new ModifierChoice(TillFixture.LATTE).line());
        check.discountInputProperty().set("10%");
        check.discountLine();
        assertThat(check.approvalProperty().get()).isNull();
        assertThat(check.lines().get(0).discountMinor()).isEqualTo(35);

        check.discountInputProperty().set("1.00");
        check.discountCheck();
        assertThat(check.approvalProperty().get()).isNotNull();
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
        check.approve("1234");
        assertThat(refusals).containsExactly("That is not a manager's PIN");
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
        check.approve("9999");
        assertThat(check.approvalProperty().get()).isNull();
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.fixed(100));

        check.discountInputProperty().set("50%");
        check.discountLine();
        check.cancelApproval();
        assertThat(check.lines().get(0).discountMinor()).isEqualTo(35);
        check.discountInputProperty().set("lots");
        check.discountLine();
        assertThat(refusals).last().asString().startsWith("\"lots\" is not a discount");
    }

    @Test
    void anApprovedAmountOffLapsesWhenTheQuantityDropsBelowWhatTheManagerSaw() {
        check.add(new ModifierChoice(TillFixture.LATTE).line()); // 3.50
        check.plusOne();
        check.plusOne(); // 3 x 3.50 = 10.50
        check.discountInputProperty().set("3.00");
        check.discountLine();
        check.approve("9999");
        assertThat(check.lines().get(0).discountMinor()).isEqualTo(300);

        check.plusOne(); // a smaller share than approved: it stays
        assertThat(check.lines().get(0).discountMinor()).isEqualTo(300);
        check.minusOne();
        check.minusOne(); // 3.00 of 7.00: more than the manager saw
        assertThat(check.lines().get(0).discountMinor()).isZero();
        assertThat(refusals).containsExactly("The discount on Latte is more than was approved: it is taken off");
    }

    @Test
    void anApprovedPercentageOfTheCheckDoesNotCoverItemsAddedLater() {
        check.add(new ModifierChoice(TillFixture.LATTE).line());
        check.discountInputProperty().set("50%");
        check.discountCheck();
        check.approve("9999");
        assertThat(check.checkDiscountProperty().get()).isNotEqualTo(Discount.NONE);
        check.add(new ModifierChoice(TillFixture.LATTE).line().withQuantity(1));
        check.minusOne(); // back to what was approved: the discount is gone all the same, asked again if wanted
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
        assertThat(refusals).containsExactly("The discount on the check is more than was approved: it is taken off");

        check.discountInputProperty().set("10%"); // within the limit, no manager: more items keep it
        check.discountCheck();
        check.plusOne();
        assertThat(check.checkDiscountProperty().get()).isNotEqualTo(Discount.NONE);
        assertThat(refusals).hasSize(1);
    }

    @Test
    void aDiscountWithinTheLimitLapsesWhenFewerItemsMakeItMore() {
        check.add(new ModifierChoice(TillFixture.LATTE).line());
        check.plusOne(); // 7.00
        check.discountInputProperty().set("0.70");
        check.discountLine();
        assertThat(check.approvalProperty().get()).isNull();
        check.minusOne(); // 0.70 of 3.50 = 20 %
        assertThat(check.lines().get(0).discountMinor()).isZero();
        assertThat(refusals).hasSize(1);
    }

    @Test
    void aPinAskedForTheCheckAsItWasIsDroppedWhenItChanges() {
        check.add(new ModifierChoice(TillFixture.LATTE).line());
        check.discountInputProperty().set("50%");
        check.discountCheck();
        check.plusOne();
        assertThat(check.approvalProperty().get()).isNull();
        check.approve("9999");
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
    }

    @Test
    void aLineDiscountAndACheckDiscountTogetherAreHeldToTheLimit() {
        check.add(new dev.regulars.core.pricing.CheckLine("ESP", "Espresso", 1, 200));
        check.add(new dev.regulars.core.pricing.CheckLine("CAKE", "Cake", 1, 800));
        check.selectedProperty().set(0);
        check.discountInputProperty().set("10%");
        check.discountLine();
        assertThat(check.approvalProperty().get()).isNull();

        // alone 10 % of the check; with the line's own 10 % the espresso would be 19 % off
        check.discountInputProperty().set("10%");
        check.discountCheck();
        assertThat(check.approvalProperty().get()).isNotNull();
        assertThat(check.checkDiscountProperty().get()).isEqualTo(Discount.NONE);
        check.approve("9999");
        assertThat(check.checkDiscountProperty().get()).isNotEqualTo(Discount.NONE);
    }

    @Test
    void aLineDiscountOnACheckThatIsAlreadyDiscountedIsHeldToTheLimitToo() {
        check.add(new dev.regulars.core.pricing.CheckLine("ESP", "Espresso", 1, 200));
        check.discountInputProperty().set("5%");
        check.discountCheck();
        assertThat(check.approvalProperty().get()).isNull();
        check.discountInputProperty().set("6%");
        check.discountLine();
        assertThat(check.approvalProperty().get()).as("5 % + 6 % of the rest is 10.7 %").isNotNull();
        check.cancelApproval();
        check.discountInputProperty().set("5%");
        check.discountLine();
        assertThat(check.approvalProperty().get()).as("5 % + 5 % of the rest is 9.75 %").isNull();
    }

    @Test
    void theCheckTakesAtMostTheLinesAndQuantityTheServerAccepts() {
        for (int i = 0; i < dev.regulars.core.sync.SaleRecordCheck.MAX_LINES; i++) {
            check.add(new dev.regulars.core.pricing.CheckLine("SKU-" + i, "Item " + i, 1, 100));
        }
        check.add(new dev.regulars.core.pricing.CheckLine("SKU-200", "Item 200", 1, 100));
        assertThat(check.lines()).hasSize(200);
        assertThat(refusals).containsExactly("A check has at most 200 lines: complete this one and ring up the rest"
                + " on the next");
        check.add(new dev.regulars.core.pricing.CheckLine("SKU-0", "Item 0", 1, 100)); // one more of a line is fine
        assertThat(check.lines().get(0).quantity()).isEqualTo(2);

        check.add(new dev.regulars.core.pricing.CheckLine("SKU-0", "Item 0", 9_999, 100));
        assertThat(check.lines().get(0).quantity()).isEqualTo(2);
        assertThat(refusals).last().isEqualTo("A quantity is 1 to 10000");
    }
}
