package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.pos.TillFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifierChoiceTest {

    @Test
    void aRequiredSizeStartsOnItsFirstOptionAndTheMilkIsOptional() {
        ModifierChoice latte = new ModifierChoice(TillFixture.LATTE);

        assertThat(latte.isChosen(0, 0)).isTrue();
        assertThat(latte.missing()).isEmpty();
        assertThat(latte.line().modifiers()).containsExactly(new Modifier("Size", "Regular", 0));

        latte.toggle(0, 2);
        latte.toggle(1, 1);
        assertThat(latte.unitPriceProperty().get()).isEqualTo(350 + 50 + 40);
        CheckLine line = latte.line();
        assertThat(line.modifiers()).containsExactly(new Modifier("Size", "Large", 50), new Modifier("Milk", "Oat", 40));
        assertThat(line.vatRate().value()).isEqualTo(900);

        // a one-choice group keeps one answer; an optional one may be tapped off, a required one not
        latte.toggle(0, 2);
        assertThat(latte.isChosen(0, 2)).isTrue();
        latte.toggle(1, 1);
        assertThat(latte.isChosen(1, 1)).isFalse();
        assertThat(latte.unitPriceProperty().get()).isEqualTo(400);
    }

    @Test
    void severalExtrasToggleAndARequiredSeveralChoiceGroupMustBeAnswered() {
        CatalogItem bagel = new CatalogItem("BAGEL", "Bagel", "Bakery", 300, null, null, null, List.of(
                new ModifierGroup("Filling", true, true, List.of(new ModifierOption("Cheese", 80),
                        new ModifierOption("Salmon", 250)))), true, 0);
        ModifierChoice choice = new ModifierChoice(bagel);

        assertThat(choice.missing()).contains("Filling");
        assertThatThrownBy(choice::line).hasMessage("Choose Filling");
        choice.toggle(0, 0);
        choice.toggle(0, 1);
        assertThat(choice.line().unitTotalMinor()).isEqualTo(630);
        choice.toggle(0, 0);
        assertThat(choice.line().unitTotalMinor()).isEqualTo(550);
        choice.toggle(0, 7);
        assertThat(choice.line().unitTotalMinor()).isEqualTo(550);
    }
}
