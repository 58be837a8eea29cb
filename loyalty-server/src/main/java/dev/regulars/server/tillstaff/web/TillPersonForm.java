package dev.regulars.server.tillstaff.web;

import dev.regulars.server.platform.FormFields;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.tillstaff.PersonName;
import dev.regulars.server.tillstaff.Pin;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A till person's form as typed (text by field name: name, pin, pinAgain; the till manager box) and what is wrong
 * with each field, in the reader's language. The PIN is typed twice, as it is never shown; {@link #forgetPins()}
 * clears both after every save, so a PIN stays in the view's state no longer than its request.
 */
public class TillPersonForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The field each of TillStaff's refusals is about. */
    private static final Map<String, String> FIELDS = Map.of("tillstaff.error.pinTaken", "pin");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean manager;

    public Map<String, String> getValues() {
        return values;
    }

    /** What is wrong, by field name (name, pin, pinAgain); empty when the last read succeeded. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isManager() {
        return manager;
    }

    public void setManager(boolean manager) {
        this.manager = manager;
    }

    /** The name field, checked; null with its error written when it is not one. */
    public PersonName name() {
        FormFields fields = new FormFields(values, errors, null);
        String typed = fields.text("name", "tillstaff.field.name", PersonName.MAX, true);
        if (typed == null) {
            return null;
        }
        try {
            return PersonName.typed(typed);
        } catch (Problem e) {
            errors.put("name", AdminTexts.of(e));
            return null;
        }
    }

    /**
     * The PIN, checked: 4 to 8 digits, typed the same twice; null with the error written next to the field that
     * is wrong.
     */
    public Pin pin() {
        String typed = new FormFields(values, errors, null).text("pin", "tillstaff.field.pin", 100, true);
        if (typed == null) {
            return null;
        }
        Pin pin;
        try {
            pin = Pin.typed(typed);
        } catch (Problem e) {
            errors.put("pin", AdminTexts.of(e));
            return null;
        }
        String again = values.get("pinAgain");
        if (again == null || !again.strip().equals(pin.digits())) {
            errors.put("pinAgain", AdminTexts.get("tillstaff.error.pinsDiffer"));
            return null;
        }
        return pin;
    }

    /** Empties the form, for the next person. */
    public void clear() {
        values.clear();
        errors.clear();
        manager = false;
    }

    /** Forgets the PINs typed: they are never shown back. */
    public void forgetPins() {
        values.remove("pin");
        values.remove("pinAgain");
    }

    /** Writes a refusal of the domain next to the field it is about, when it is about one. */
    public void refused(Problem refusal) {
        AdminTexts.refuse(refusal, FIELDS, errors);
    }
}
