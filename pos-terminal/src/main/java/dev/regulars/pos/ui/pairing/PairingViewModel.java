package dev.regulars.pos.ui.pairing;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.ui.TillTexts;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First start of a till: the server's address, the one-time code from the admin and a name for this till. */
public class PairingViewModel {

    /** "status error" of the pairing call's known refusals, and the till's text for each. */
    private static final Map<String, String> KNOWN_REFUSALS = Map.of(
            "404 unknown_pairing_code", "pairing.unknownCode",
            "410 pairing_code_spent", "pairing.codeSpent");

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty terminalName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final TillContext till;
    private final TillTexts words;
    private final Runnable onPaired;

    public PairingViewModel(TillContext till, Runnable onPaired) {
        this.till = till;
        this.words = TillTexts.of(till);
        this.onPaired = onPaired;
        terminalName.set(words.say("pairing.defaultName"));
    }

    public void pair() {
        ServerAddress.Parsed address = ServerAddress.parse(serverUrl.get());
        String problem = address.problem() == null ? null
                : words.say(address.problem().key(), address.problem().value());
        String url = address.url();
        if (url != null) {
            // the cashier sees the address the till uses (the scheme it assumed)
            serverUrl.set(url);
        }
        if (problem == null && code.get().isBlank()) {
            problem = words.say("pairing.noCode");
        }
        if (problem == null && terminalName.get().isBlank()) {
            problem = words.say("pairing.noName");
        }
        if (problem != null) {
            message.set(problem);
            return;
        }
        busy.set(true);
        message.set(words.say("pairing.busy"));
        String typedCode = code.get();
        String name = terminalName.get().strip();
        till.background().execute(() -> {
            String outcome;
            try {
                // the first page is enough to sell; a large business's other customers follow in background sync
                till.sync().pairWithFirstPage(url, typedCode, name);
                outcome = null;
            } catch (SyncException e) {
                outcome = e.isOffline() ? words.say("pairing.noAnswer", url) : refusal(e);
            }
            String result = outcome;
            till.ui().execute(() -> {
                busy.set(false);
                if (result == null) {
                    message.set("");
                    onPaired.run();
                } else {
                    message.set(result);
                }
            });
        });
    }

    /**
     * The server's refusal in the till's language when it is one the sync API names (docs/API.md, "Pairing": 404
     * unknown code, 410 used or expired code); the server's own words for any other.
     */
    private String refusal(SyncException e) {
        String key = KNOWN_REFUSALS.get(e.status() + " " + e.error());
        return key == null ? e.getMessage() : words.say(key);
    }

    public TillTexts words() {
        return words;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty terminalNameProperty() {
        return terminalName;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
