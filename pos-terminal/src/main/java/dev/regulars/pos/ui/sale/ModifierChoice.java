package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.core.words.KeyedRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The questions a product asks when it is rung up (size, milk, extras) and the cashier's answers. A required
 * one-choice group starts on its first option, so the usual order is one tap; a one-choice group keeps one answer
 * (an optional one may be tapped off again), a several-choice group toggles.
 */
public final class ModifierChoice {

    private final CatalogItem item;
    private final List<TreeSet<Integer>> chosen = new ArrayList<>();
    private final LongProperty unitPrice = new SimpleLongProperty();

    public ModifierChoice(CatalogItem item) {
        this.item = item;
        for (ModifierGroup group : item.modifierGroups()) {
            TreeSet<Integer> answers = new TreeSet<>();
            if (group.required() && !group.multiple() && !group.options().isEmpty()) {
                answers.add(0);
            }
            chosen.add(answers);
        }
        reprice();
    }

    public CatalogItem item() {
        return item;
    }

    public List<ModifierGroup> groups() {
        return item.modifierGroups();
    }

    /** Taps an option. */
    public void toggle(int group, int option) {
        ModifierGroup g = groups().get(group);
        if (option < 0 || option >= g.options().size()) {
            return;
        }
        TreeSet<Integer> answers = chosen.get(group);
        if (g.multiple()) {
            if (!answers.remove(option)) {
                answers.add(option);
            }
        } else if (answers.contains(option)) {
            if (!g.required()) {
                answers.clear();
            }
        } else {
            answers.clear();
            answers.add(option);
        }
        reprice();
    }

    public boolean isChosen(int group, int option) {
        return chosen.get(group).contains(option);
    }

    /** The first group that is not answered yet, by name; empty when the line can be added. */
    public Optional<String> missing() {
        for (int i = 0; i < groups().size(); i++) {
            if (!groups().get(i).accepts(chosen.get(i).size())) {
                return Optional.of(groups().get(i).name());
            }
        }
        return Optional.empty();
    }

    /**
     * The line for the check: one of the product with the chosen modifiers, at the catalog's price and VAT rate.
     *
     * @throws KeyedRefusal ("modifiers.required") when a required group has no answer
     */
    public CheckLine line() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            throw new KeyedRefusal("Choose " + missing.get(), "modifiers.required", missing.get());
        }
        return new CheckLine(item.sku(), item.name(), 1, item.priceMinor(), modifiers(), item.vatRate(),
                Discount.NONE);
    }

    private List<Modifier> modifiers() {
        List<Modifier> modifiers = new ArrayList<>();
        for (int g = 0; g < groups().size(); g++) {
            ModifierGroup group = groups().get(g);
            for (int o : chosen.get(g)) {
                ModifierOption option = group.options().get(o);
                modifiers.add(new Modifier(group.name(), option.name(), option.priceDeltaMinor()));
            }
        }
        return modifiers;
    }

    private void reprice() {
        long price = item.priceMinor();
        for (Modifier m : modifiers()) {
            price += m.priceDeltaMinor();
        }
        unitPrice.set(price);
    }

    /** The price of one with the answers so far, in minor units. */
    public ReadOnlyLongProperty unitPriceProperty() {
        return unitPrice;
    }
}
