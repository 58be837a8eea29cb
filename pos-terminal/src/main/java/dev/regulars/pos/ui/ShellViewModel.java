package dev.regulars.pos.ui;

import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The bar above every screen: who is logged in and whether the server has every sale. */
public class ShellViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty title = new SimpleStringProperty("Regulars");
    private final StringProperty cashier = new SimpleStringProperty("");
    private final StringProperty syncStatus = new SimpleStringProperty("");
    private final StringProperty nfc = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty pairAgain = new javafx.beans.property.SimpleBooleanProperty();
    private final Journal journal;
    private final Clock clock;
    private final Executor ui;

    /** @param ui runs on the JavaFX thread: sync results arrive on the sync thread */
    public ShellViewModel(Journal journal, Clock clock, Executor ui) {
        this.journal = journal;
        this.clock = clock;
        this.ui = ui;
        refreshTitle();
    }

    public void refreshTitle() {
        journal.identity().ifPresent(id -> title.set(id.businessName() + " · " + id.storeName()));
    }

    public void syncFinished(SyncResult result) {
        int waiting = journal.unsettledCount();
        int held = journal.rejectedCount();
        String queue = waiting == 0 ? "all sales on the server"
                : waiting + (waiting == 1 ? " sale" : " sales") + " waiting";
        if (held > 0) {
            queue += " (" + held + " refused: ask a manager)";
        }
        String time = LocalTime.now(clock.withZone(zone())).format(TIME);
        String text = result.failure() == null
                ? "Synced " + time + " · " + queue
                : (result.failure().isOffline() ? "Offline" : "Sync problem: " + result.failure().getMessage())
                        + " · " + queue;
        // the server no longer knows this till (revoked, or its database was replaced): only pairing again helps;
        // the sales in the journal stay and go with the new pairing
        boolean refused = result.failure() != null
                && (result.failure().status() == 401 || result.failure().status() == 403);
        ui.execute(() -> {
            syncStatus.set(text);
            pairAgain.set(refused);
        });
    }

    private ZoneId zone() {
        return journal.identity().map(id -> ZoneId.of(id.zoneId())).orElse(clock.getZone());
    }

    /** The NFC reader's state for the bar: no reader, ready, or a card that could not be read (in words). */
    public void nfcStatus(String kind, String message) {
        nfc.set("READY".equals(kind) ? "NFC ready" : "NO_READER".equals(kind) ? "No NFC reader" : message);
    }

    public StringProperty nfcProperty() {
        return nfc;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty cashierProperty() {
        return cashier;
    }

    /** True when the server refused this till's token. */
    public javafx.beans.property.BooleanProperty pairAgainProperty() {
        return pairAgain;
    }

    public StringProperty syncStatusProperty() {
        return syncStatus;
    }
}
