package dev.regulars.server.catalog.web;

import dev.regulars.server.catalog.ModifierGroup;
import dev.regulars.server.catalog.ModifierGroupDraft;
import dev.regulars.server.catalog.ModifierGroups;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Currency;
import java.util.Map;

/** The modifier group form of the catalog page (ModifierGroupForm reads it); each problem next to its field. */
@Named("groupEditor")
@ViewScoped
public class ModifierGroupEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The field each of ModifierGroups' refusals is about. */
    private static final Map<String, String> FIELDS = Map.of("catalog.group.nameTaken", "name",
            "catalog.group.noOptions", "options", "catalog.group.optionTwice", "options");

    @Inject
    private ModifierGroups groups;
    @Inject
    private StaffDirectory staff;
    @Inject
    private CatalogPage page;

    private ModifierGroupForm form;
    private String id;

    public void openNew() {
        id = null;
        form = ModifierGroupForm.empty();
    }

    /** Opens the business's group with this id. */
    public void open(String groupId) {
        ModifierGroup group = groups.of(staff.current().businessId()).stream().filter(g -> g.id().equals(groupId))
                .findFirst().orElse(null);
        if (group == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.group.unknown");
            return;
        }
        id = group.id();
        form = ModifierGroupForm.of(group, currency());
    }

    public void moreRows() {
        form.addRows();
    }

    public void save() {
        ModifierGroupDraft draft = form.parse(currency());
        if (draft == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.error.fields");
            return;
        }
        try {
            groups.save(staff.current(), id, draft);
        } catch (Problem e) {
            AdminTexts.refuse(e, FIELDS, form.getErrors());
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "catalog.group.saved", draft.name());
        form = null;
        page.load();
    }

    public void close() {
        form = null;
    }

    public boolean isOpen() {
        return form != null;
    }

    public boolean isNew() {
        return id == null;
    }

    public ModifierGroupForm getForm() {
        return form;
    }

    private Currency currency() {
        return Currency.getInstance(page.getCurrency());
    }
}
