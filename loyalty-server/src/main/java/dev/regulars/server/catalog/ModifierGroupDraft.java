package dev.regulars.server.catalog;

import dev.regulars.core.sync.ModifierOption;
import java.util.List;

/**
 * A modifier group as the admin's form read it, before it is saved (ModifierGroups checks it against the rest).
 *
 * @param options  at least one, names unique within the group
 * @param position order on a product, or null for after the others
 */
public record ModifierGroupDraft(String name, boolean required, boolean multiple, List<ModifierOption> options,
                                 Integer position) {

    public ModifierGroupDraft {
        options = List.copyOf(options);
    }
}
