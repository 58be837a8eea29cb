package dev.regulars.server.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.ModifierOption;
import dev.regulars.server.catalog.ModifierGroupDraft;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The modifier group form: rows of options with price differences (negative too), each problem on its row. */
class ModifierGroupFormTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void rowsWithANameAreOptionsAndEmptyRowsAreNot() {
        ModifierGroupForm form = ModifierGroupForm.empty();
        form.getValues().put("name", "Milk");
        form.getValues().put("optionName_0", "Whole");
        form.getValues().put("optionName_1", "Oat");
        form.getValues().put("optionDelta_1", "0,40");
        form.getValues().put("optionName_3", "No milk");
        form.getValues().put("optionDelta_3", "-0.20");

        assertThat(form.parse(EUR)).isEqualTo(new ModifierGroupDraft("Milk", false, false, List.of(
                new ModifierOption("Whole", 0), new ModifierOption("Oat", 40), new ModifierOption("No milk", -20)),
                null));
    }

    @Test
    void aGroupWithoutOptionsIsRefused() {
        ModifierGroupForm form = ModifierGroupForm.empty();
        form.getValues().put("name", "Syrups");
        form.getValues().put("need", "REQUIRED");
        form.getValues().put("choice", "SEVERAL");
        assertThat(form.parse(EUR)).isNull();
        assertThat(form.getErrors()).containsOnly(
                org.assertj.core.api.Assertions.entry("options", "A modifier group needs at least one option"));
    }

    @Test
    void wrongRowsAreSaidOnTheirRow() {
        ModifierGroupForm form = ModifierGroupForm.empty();
        form.addRows();
        form.getValues().put("name", "Size");
        form.getValues().put("optionName_0", "Small");
        form.getValues().put("optionName_1", "small");
        form.getValues().put("optionDelta_2", "0.50");
        form.getValues().put("optionName_5", "Large");
        form.getValues().put("optionDelta_5", "fifty");
        form.getValues().put("choice", "MANY");

        assertThat(form.parse(EUR)).isNull();
        assertThat(form.getErrors()).containsEntry("optionName_1", "Two options are called small")
                .containsEntry("optionName_2", "An option needs a name")
                .containsEntry("optionDelta_5", "Price difference: an amount in EUR such as 0.40, or -0.20 to take off")
                .containsEntry("choice", "Choose one or several options")
                .doesNotContainKey("options");
    }
}
