package dev.regulars.server.tillstaff.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.tillstaff.PersonName;
import dev.regulars.server.tillstaff.Pin;
import dev.regulars.server.tillstaff.TillStaff;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The till staff page's forms: adding a person (name, PIN typed twice, till manager or not), always there; and one
 * opened for a listed person: a new name, a new PIN, or reactivating with a new PIN. Each problem is said next to its
 * field; the PINs typed are dropped after every save, whatever came of it.
 */
@Named("tillPerson")
@ViewScoped
public class TillPersonEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the opened form does for its person. */
    public enum Mode {
        RENAME, PIN, REACTIVATE
    }

    @Inject
    private TillStaff tillStaff;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TillStaffPage page;

    private final TillPersonForm added = new TillPersonForm();
    private final TillPersonForm changed = new TillPersonForm();
    private Mode mode;
    private String cashierId;
    private String personName;

    public void add() {
        added.getErrors().clear();
        PersonName name = added.name();
        Pin pin = added.pin();
        added.forgetPins();
        if (name == null || pin == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "tillstaff.error.fields");
            return;
        }
        try {
            tillStaff.add(staff.current(), page.storeId(), name, pin, added.isManager());
        } catch (Problem e) {
            added.refused(e);
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, added.isManager() ? "tillstaff.addedManager" : "tillstaff.added",
                name.value());
        added.clear();
        page.load();
    }

    public void openRename(String id) {
        open(id, Mode.RENAME);
    }

    public void openPin(String id) {
        open(id, Mode.PIN);
    }

    public void openReactivate(String id) {
        open(id, Mode.REACTIVATE);
    }

    private void open(String id, Mode opened) {
        TillStaffPage.Row row = page.getRows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "tillstaff.error.noSuchPerson");
            return;
        }
        changed.clear();
        mode = opened;
        cashierId = row.id();
        personName = row.name();
        if (opened == Mode.RENAME) {
            changed.getValues().put("name", row.name());
        }
    }

    public void save() {
        changed.getErrors().clear();
        PersonName name = mode == Mode.RENAME ? changed.name() : null;
        Pin pin = mode == Mode.RENAME ? null : changed.pin();
        changed.forgetPins();
        if (mode == Mode.RENAME ? name == null : pin == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "tillstaff.error.fields");
            return;
        }
        try {
            switch (mode) {
                case RENAME -> tillStaff.rename(staff.current(), page.storeId(), cashierId, name);
                case PIN -> tillStaff.resetPin(staff.current(), page.storeId(), cashierId, pin);
                case REACTIVATE -> tillStaff.reactivate(staff.current(), page.storeId(), cashierId, pin);
            }
        } catch (Problem e) {
            changed.refused(e);
            return;
        }
        String done = switch (mode) {
            case RENAME -> "tillstaff.renamed";
            case PIN -> "tillstaff.pinReset";
            case REACTIVATE -> "tillstaff.reactivated";
        };
        AdminTexts.say(FacesMessage.SEVERITY_INFO, done, name == null ? personName : name.value());
        close();
        page.load();
    }

    public void close() {
        mode = null;
        cashierId = null;
        changed.clear();
    }

    /** The form for adding someone. */
    public TillPersonForm getAdded() {
        return added;
    }

    /** The form opened for a listed person. */
    public TillPersonForm getChanged() {
        return changed;
    }

    /** RENAME, PIN or REACTIVATE while a person's form is open; null otherwise. */
    public String getMode() {
        return mode == null ? null : mode.name();
    }

    public boolean isOpen() {
        return mode != null;
    }

    /** The name of the person whose form is open. */
    public String getPersonName() {
        return personName;
    }
}
