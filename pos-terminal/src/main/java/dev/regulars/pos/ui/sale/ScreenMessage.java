package dev.regulars.pos.ui.sale;

import dev.regulars.pos.ui.TillTexts;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sale screen's one line of messages (refusals and notices). Each action of the cashier clears it first, so a
 * message always belongs to the last action: an error of an earlier one never stays on screen after the next one
 * succeeds or the sale completes.
 */
final class ScreenMessage {

    private final StringProperty text = new SimpleStringProperty("");
    private final TillTexts words;

    ScreenMessage(TillTexts words) {
        this.words = words;
    }

    /** A new action starts: what the last one said no longer holds. */
    void clear() {
        text.set("");
    }

    void say(String key, Object... args) {
        text.set(words.say(key, args));
    }

    /** Words already in the cashier's language (empty clears). */
    void show(String said) {
        text.set(said);
    }

    void refuse(RuntimeException refusal) {
        text.set(words.refusal(refusal));
    }

    TillTexts words() {
        return words;
    }

    StringProperty property() {
        return text;
    }
}
