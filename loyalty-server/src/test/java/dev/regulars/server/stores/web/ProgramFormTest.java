package dev.regulars.server.stores.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.server.stores.DemoBusinessSeed;
import dev.regulars.server.stores.ProgramDiff;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program editor's fields, read without a page: round trip, each refusal next to its field, never a crash. */
class ProgramFormTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void theFieldsOfAVersionReadBackAsTheSameRules() {
        ProgramForm form = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        ProgramRules read = form.parse(DemoBusinessSeed.DEMO_RULES.version(), EUR);
        assertThat(form.getErrors()).isEmpty();
        assertThat(read).isEqualTo(DemoBusinessSeed.DEMO_RULES);
        assertThat(ProgramDiff.between(DemoBusinessSeed.DEMO_RULES, read, EUR)).isEmpty();
    }

    @Test
    void wrongFiguresAreEachSaidNextToTheirField() {
        ProgramForm form = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        form.getValues().put("tierName_1", "Bronze");
        form.getValues().put("tierEarn_2", "101");
        form.getValues().put("pointValue", "0");
        form.getValues().put("maxRedeemShare", "12.345");
        form.getValues().put("expiryMonths", "-1");
        form.getValues().put("friendDiscount", "FIXED");
        form.getValues().put("friendFixed", "");
        form.getValues().put("birthdayPoints", "100");
        form.getValues().put("birthdayDays", "");

        assertThat(form.parse(1, EUR)).isNull();
        assertThat(form.getErrors()).containsEntry("tierName_1", "Two tiers are called Bronze")
                .containsEntry("pointValue", "A point is worth at least the smallest coin, e.g. 0.01")
                .containsEntry("friendFixed", "The amount off the first purchase, e.g. 2.50")
                .containsEntry("birthdayDays", "A birthday bonus is valid for at least one day")
                .containsKeys("tierEarn_2", "maxRedeemShare", "expiryMonths");
        assertThat(form.getErrors().get("tierEarn_2")).startsWith("Earns (% of the check): a number from 0 to 100");
    }

    @Test
    void aWrongFirstTierIsSaidOnItsOwnRowOnly() {
        ProgramForm form = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        form.getValues().put("tierEarn_0", "-5");
        form.getValues().put("expiryMonths", "");
        assertThat(form.parse(1, EUR)).isNull();
        assertThat(form.getErrors()).containsOnlyKeys("tierEarn_0", "expiryMonths");
        assertThat(form.getErrors().get("expiryMonths")).isEqualTo("Fill in “Points expire after”");

        ProgramForm blankName = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        blankName.getValues().put("tierName_0", "   ");
        assertThat(blankName.parse(1, EUR)).isNull();
        assertThat(blankName.getErrors()).containsOnlyKeys("tierName_0");
    }

    @Test
    void aPostWithoutSomeFieldsOrWithNonsenseIsRefusedNotACrash() {
        ProgramForm form = new ProgramForm();
        for (String field : List.of("tierName_0", "tierFrom_0", "tierEarn_0", "pointValue", "friendDiscount",
                "perDay", "perMonth")) {
            form.getValues().put(field, null);
        }
        assertThat(form.parse(1, EUR)).isNull();
        assertThat(form.getErrors()).containsEntry("tierName_0", "A program has at least one tier")
                .containsEntry("friendDiscount", "Choose what the new customer gets");

        ProgramForm nonsense = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        nonsense.getValues().replaceAll((k, v) -> "\u0000';DROP TABLE x;--" + k);
        assertThat(nonsense.parse(1, EUR)).isNull();
        assertThat(nonsense.getErrors()).isNotEmpty();
    }

    @Test
    void aNewTopTierAndAChangedRateAreTheChangesOfTheNewVersion() {
        ProgramForm form = ProgramForm.of(DemoBusinessSeed.DEMO_RULES, EUR);
        form.getValues().put("tierName_3", "Platinum");
        form.getValues().put("tierFrom_3", "1000");
        form.getValues().put("tierEarn_3", "10");
        form.getValues().put("welcomeBonus", "120");
        ProgramRules next = form.parse(2, EUR);
        assertThat(next).isNotNull();
        assertThat(ProgramDiff.between(DemoBusinessSeed.DEMO_RULES, next, EUR)).containsExactly(
                new ProgramDiff.Change("program.change.tierAdded", "Platinum", "1000.00 EUR", "10 %"),
                new ProgramDiff.Change("program.change.welcome", 50L, 120L));
    }
}
