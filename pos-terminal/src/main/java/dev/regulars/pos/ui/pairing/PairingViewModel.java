package dev.regulars.pos.ui.pairing;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.sync.SyncException;
import java.net.URI;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First start of a till: the server's address, the one-time code from the admin and a name for this till. */
public class PairingViewModel {

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty terminalName = new SimpleStringProperty("Till 1");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final TillContext till;
    private final Runnable onPaired;

    public PairingViewModel(TillContext till, Runnable onPaired) {
        this.till = till;
        this.onPaired = onPaired;
    }

    public void pair() {
        String url = serverUrl.get().strip();
        String problem = checkUrl(url);
        if (problem == null && code.get().isBlank()) {
            problem = "Enter the pairing code shown in the admin";
        }
        if (problem == null && terminalName.get().isBlank()) {
            problem = "Give this till a name";
        }
        if (problem != null) {
            message.set(problem);
            return;
        }
        busy.set(true);
        message.set("Pairing…");
        String typedCode = code.get();
        String name = terminalName.get().strip();
        till.background().execute(() -> {
            String outcome;
            try {
                till.sync().pair(url, typedCode, name);
                outcome = null;
            } catch (SyncException e) {
                outcome = e.isOffline() ? "The server at " + url + " does not answer" : e.getMessage();
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

    static String checkUrl(String url) {
        if (url.isEmpty()) {
            return "Enter the server's address, e.g. http://192.168.1.10:8080";
        }
        try {
            URI uri = URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return "The server's address starts with http:// or https:// and names a host";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "\"" + url + "\" is not an address";
        }
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
