package dev.regulars.pos.ui;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import dev.regulars.pos.sync.SyncException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import dev.regulars.core.sync.StoreDetails;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The bar above every screen: who is logged in and whether the server has every sale. */
public class ShellViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty title = new SimpleStringProperty("Regulars");
    private final StringProperty cashier = new SimpleStringProperty("");
    private final StringProperty syncStatus = new SimpleStringProperty("");
    private final StringProperty syncDetails = new SimpleStringProperty("");
    private final StringProperty nfc = new SimpleStringProperty("");
    private final StringProperty nfcDetails = new SimpleStringProperty("");
    private final BooleanProperty pairAgain = new SimpleBooleanProperty();
    private final ObjectProperty<StoreDetails> store = new SimpleObjectProperty<>();
    private final TillContext till;
    private final Journal journal;
    private final Clock clock;
    private final Executor ui;
    /** The last sync round's result and when it ended, to word the queue again after a sale; null before one. */
    private SyncResult lastResult;
    private LocalTime lastTime;

    /** Sync results arrive on the sync thread and are shown through {@code till.ui()}. */
    public ShellViewModel(TillContext till) {
        this.till = till;
        this.journal = till.journal();
        this.clock = till.clock();
        this.ui = till.ui();
        refreshTitle();
    }

    /** The title and the store's details as the journal has them now (after pairing, or a sync that brought them). */
    public void refreshTitle() {
        journal.identity().ifPresent(id -> title.set(id.businessName() + " · " + id.storeName()));
        store.set(journal.storeDetails().orElse(null));
    }

    /** A sync round ended (on the sync thread): the bar says how it went and what still waits. */
    public void syncFinished(SyncResult result) {
        LocalTime time = LocalTime.now(clock.withZone(zone()));
        String text = statusOf(result, time);
        String details = detailsOf(result, text);
        // the server no longer knows this till (revoked, or its database was replaced): only pairing again helps;
        // the sales in the journal stay and go with the new pairing
        boolean refused = result.failure() != null
                && (result.failure().status() == 401 || result.failure().status() == 403);
        ui.execute(() -> {
            lastResult = result;
            lastTime = time;
            syncStatus.set(text);
            syncDetails.set(details);
            pairAgain.set(refused);
            // the change feed may have brought the store's new name, address, language or join link
            refreshTitle();
        });
    }

    /**
     * A sale was just journalled (on the JavaFX thread): the queue's count follows at once, with the last round's
     * outcome, instead of "all sales on the server" until the next round ends (which takes its timeout while the
     * server hangs).
     */
    public void saleJournalled() {
        if (lastResult != null) {
            syncStatus.set(statusOf(lastResult, lastTime));
            syncDetails.set(detailsOf(lastResult, syncStatus.get()));
        }
    }

    private String statusOf(SyncResult result, LocalTime at) {
        // the words of now: the store's language may have come with this very sync
        TillTexts words = words();
        int waiting = journal.unsettledCount();
        int held = journal.rejectedCount();
        String queue = waiting == 0 ? words.say("sync.allSent") : words.say("sync.waiting", waiting);
        if (held > 0) {
            queue = words.say("sync.refused", queue, held);
        }
        return result.failure() == null ? words.say("sync.done", at.format(TIME), queue)
                : result.failure().isOffline() ? words.say("sync.offline", queue)
                : words.say("sync.problem", words.say(problemKey(result.failure())), queue);
    }

    /**
     * The till's own words for a refused sync, by HTTP status: the server's message is English whatever the
     * cashier's language, so it goes only to the tooltip ({@link #syncDetailsProperty()}). 401 is the server's "This
     * till token is not known; pair the till again", 403 a till revoked in the admin (docs/API.md).
     */
    private static String problemKey(SyncException failure) {
        int status = failure.status();
        return status == 401 ? "sync.tokenUnknown"
                : status == 403 ? "sync.tillRevoked"
                : status >= 500 ? "sync.serverFailed"
                : "sync.refusedCall";
    }

    /** The bar's status in full for its tooltip, with the server's own (English) words when it refused. */
    private static String detailsOf(SyncResult result, String status) {
        return result.failure() == null || result.failure().isOffline() || result.failure().getMessage() == null
                ? status : status + "\n" + result.failure().getMessage();
    }

    private ZoneId zone() {
        return journal.identity().map(id -> ZoneId.of(id.zoneId())).orElse(clock.getZone());
    }

    /**
     * The NFC reader's state for the bar: no reader, ready, or a card that could not be read, worded from
     * {@code kind} ("NO_READER", "READY", "CARD_ERROR"); the reader's own (English) {@code message} goes to the
     * details.
     */
    public void nfcStatus(String kind, String message) {
        nfc.set(words().say(switch (kind) {
            case "READY" -> "nfc.ready";
            case "NO_READER" -> "nfc.none";
            default -> "nfc.cardError";
        }));
        nfcDetails.set(message == null ? "" : message);
    }

    /** The bar's words in the cashier's language as the till speaks it now. */
    public TillTexts words() {
        return TillTexts.of(till);
    }

    public StringProperty nfcProperty() {
        return nfc;
    }

    /** What the reader said, for a tooltip: the reader's name, or why a card could not be read. */
    public StringProperty nfcDetailsProperty() {
        return nfcDetails;
    }

    /**
     * The store's details as the screens should show them (null before pairing); it changes only when a sync
     * brought different ones, so the screens follow a change made in the admin without a new login.
     */
    public ReadOnlyObjectProperty<StoreDetails> storeProperty() {
        return store;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty cashierProperty() {
        return cashier;
    }

    /** True when the server refused this till's token. */
    public BooleanProperty pairAgainProperty() {
        return pairAgain;
    }

    /** One line for the bar, in the cashier's language only. */
    public StringProperty syncStatusProperty() {
        return syncStatus;
    }

    /** The sync status in full for the bar's tooltip, with the server's own message (English) when it refused. */
    public StringProperty syncDetailsProperty() {
        return syncDetails;
    }
}
