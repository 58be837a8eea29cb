package dev.regulars.core.sync;

import java.util.List;

/**
 * A question the till asks when an item is rung up, with its answers: "Size" (Small, Regular, Large), "Milk".
 *
 * @param required the cashier must choose (at least one option); otherwise the group may be left alone
 * @param multiple several options may be chosen (extras); otherwise at most one (a size)
 * @param options  in the order the till shows them; never empty when the server sends a group
 */
public record ModifierGroup(String name, boolean required, boolean multiple, List<ModifierOption> options) {

    public ModifierGroup {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Whether {@code chosen} options of this group answer it: at least one when required, one at most unless multiple. */
    public boolean accepts(int chosen) {
        return chosen >= (required ? 1 : 0) && (multiple || chosen <= 1);
    }
}
