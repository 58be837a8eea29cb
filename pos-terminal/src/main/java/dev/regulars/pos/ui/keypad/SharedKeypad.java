package dev.regulars.pos.ui.keypad;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * A screen's one on-screen pad and the numeric field it types into now (issue 10: a touch till without a keyboard).
 * A field opens it with a tap; Enter runs the field's action and closes it, Escape closes it, and so does the focus
 * leaving the field for a pad over another area ({@link #SharedKeypad()}); a pad beside the fields ({@link #beside()})
 * stays. No window needed: {@link FloatingKeypad} shows it and calls {@link #press}.
 */
public final class SharedKeypad {

    /**
     * A field the pad can type into.
     *
     * @param id    the field's id; the pad's keys are named after it ("tendered-key-7", "tendered-key-enter")
     * @param keys  which keys, and what they do to the text
     * @param text  the view model's text of the field
     * @param enter what Enter does besides closing the pad (find the customer, find the receipt); nothing for a
     *              field whose next step is a button (Cash or Card, Line or Check discount)
     */
    public record Field(String id, KeypadModel keys, StringProperty text, Runnable enter) {
    }

    private final ObjectProperty<Field> open = new SimpleObjectProperty<>();
    private final boolean closesWhenFocusLeaves;

    /** A pad over an area without the fields (the sale screen's products): it goes when the focus leaves its field. */
    public SharedKeypad() {
        this(true);
    }

    private SharedKeypad(boolean closesWhenFocusLeaves) {
        this.closesWhenFocusLeaves = closesWhenFocusLeaves;
    }

    /**
     * A pad beside the screen's fields, which make room for it (the refund screen): it stays when the focus leaves
     * its field, or the tap on a button after typing would close it, move the button from under the finger and be
     * lost. It goes on Enter, Escape or the screen's own next step ({@link #close}).
     */
    public static SharedKeypad beside() {
        return new SharedKeypad(false);
    }

    /** The focus left the field {@code id}: a pad over another area goes, one beside the fields stays. */
    public void focusLeft(String id) {
        if (closesWhenFocusLeaves) {
            closeFor(id);
        }
    }

    /** The pad types into {@code field} (a pad open for another field moves to it). */
    public void open(Field field) {
        open.set(field);
    }

    /** The pad goes away (Escape, Done, or the focus went elsewhere). */
    public void close() {
        open.set(null);
    }

    /** The pad goes away if it is open for the field {@code id} (its focus left it), else it stays as it is. */
    public void closeFor(String id) {
        if (open.get() != null && open.get().id().equals(id)) {
            close();
        }
    }

    /** A key of the pad tapped: typed into the open field; Enter closes the pad and runs the field's action. */
    public void press(KeypadModel.Key key) {
        Field field = open.get();
        if (field == null) {
            return;
        }
        if (key instanceof KeypadModel.Enter) {
            close();
            field.enter().run();
            return;
        }
        field.text().set(field.keys().press(field.text().get(), key));
    }

    /** The field the pad types into; null while it is closed. */
    public ReadOnlyObjectProperty<Field> openProperty() {
        return open;
    }
}
