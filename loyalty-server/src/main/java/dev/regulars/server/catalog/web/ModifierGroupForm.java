package dev.regulars.server.catalog.web;

import dev.regulars.core.sync.ModifierOption;
import dev.regulars.server.catalog.ModifierGroup;
import dev.regulars.server.catalog.ModifierGroupDraft;
import dev.regulars.server.platform.FormFields;
import dev.regulars.server.platform.web.AdminTexts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The modifier group form's fields as typed: name, need (REQUIRED or OPTIONAL), choice (ONE or SEVERAL), position,
 * and rows of options ({@code optionName_i}, {@code optionDelta_i}: the price difference in major units of the
 * business's currency, VAT included, may be negative); a row left empty is no option. What is wrong goes under the
 * field's name; a group without any option says so under {@code options}.
 */
public class ModifierGroupForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows a new group starts with, rows added at a time, and the most a group has. */
    public static final int FIRST_ROWS = 4;
    public static final int MORE_ROWS = 3;
    public static final int MAX_ROWS = 20;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private int rows = FIRST_ROWS;

    /** An empty form: optional, one choice. */
    public static ModifierGroupForm empty() {
        ModifierGroupForm form = new ModifierGroupForm();
        form.values.put("need", "OPTIONAL");
        form.values.put("choice", "ONE");
        return form;
    }

    /** The fields filled with {@code group}, and two empty rows for more options. */
    public static ModifierGroupForm of(ModifierGroup group, Currency currency) {
        ModifierGroupForm form = new ModifierGroupForm();
        Map<String, String> v = form.values;
        v.put("name", group.name());
        v.put("need", group.required() ? "REQUIRED" : "OPTIONAL");
        v.put("choice", group.multiple() ? "SEVERAL" : "ONE");
        v.put("position", String.valueOf(group.position()));
        List<ModifierOption> options = group.options();
        for (int i = 0; i < options.size(); i++) {
            v.put("optionName_" + i, options.get(i).name());
            v.put("optionDelta_" + i, FormFields.typed(options.get(i).priceDeltaMinor(), currency));
        }
        form.rows = Math.min(MAX_ROWS, Math.max(FIRST_ROWS, options.size() + 2));
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** The option rows' numbers, 0 to rows - 1. */
    public List<Integer> getRows() {
        return java.util.stream.IntStream.range(0, rows).boxed().toList();
    }

    /** Room for more options (up to {@link #MAX_ROWS}). */
    public void addRows() {
        rows = Math.min(MAX_ROWS, rows + MORE_ROWS);
    }

    public boolean isRoomForMore() {
        return rows < MAX_ROWS;
    }

    /** The group the fields say, or null with {@link #getErrors()} saying what is wrong next to each field. */
    public ModifierGroupDraft parse(Currency currency) {
        errors.clear();
        FormFields f = new FormFields(values, errors, currency);
        String name = f.text("name", "catalog.field.groupName", 40, true);
        boolean required = "REQUIRED".equals(values.get("need"));
        if (!required && !"OPTIONAL".equals(values.get("need"))) {
            errors.put("need", AdminTexts.get("catalog.error.need"));
        }
        boolean multiple = "SEVERAL".equals(values.get("choice"));
        if (!multiple && !"ONE".equals(values.get("choice"))) {
            errors.put("choice", AdminTexts.get("catalog.error.choice"));
        }
        Integer position = f.integer("position", "catalog.field.position", 1, 9_999, false);
        List<ModifierOption> options = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            String optionName = f.text("optionName_" + i, "catalog.field.optionName", 40, false);
            Long delta = f.signedMoney("optionDelta_" + i, "catalog.field.optionDelta");
            String typedDelta = values.getOrDefault("optionDelta_" + i, "");
            if (optionName == null) {
                if (typedDelta != null && !typedDelta.isBlank() && !errors.containsKey("optionName_" + i)) {
                    errors.put("optionName_" + i, AdminTexts.get("catalog.error.optionName"));
                }
                continue;
            }
            if (!names.add(optionName.toLowerCase(Locale.ROOT))) {
                errors.put("optionName_" + i, AdminTexts.get("catalog.group.optionTwice", optionName));
            }
            if (!errors.containsKey("optionDelta_" + i)) {
                options.add(new ModifierOption(optionName, delta == null ? 0 : delta));
            }
        }
        if (options.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("option"))) {
            errors.put("options", AdminTexts.get("catalog.group.noOptions"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ModifierGroupDraft(name, required, multiple, options, position);
    }
}
