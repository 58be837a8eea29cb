package dev.regulars.pos.devices.nfc;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The loop on {@link NfcCardReader}'s thread. Each round lists the readers, reads a card that was not on a reader at
 * the round before, reports the status and waits for a change (at most {@code poll}). It keeps, per reader, whether
 * a card lay on it, which is what makes one tap one read; the state stays across a lost service, so a card lying on
 * the reader while pcscd restarts is not taken for a new tap.
 */
final class ReaderWatch {

    private static final Logger LOG = Logger.getLogger(NfcCardReader.class.getName());

    private final PcscService pcsc;
    private final Duration poll;
    private final CountDownLatch closing;
    private final Consumer<NfcTap> taps;
    private final Consumer<NfcReaderStatus> statuses;

    /** Null while not connected to the service. */
    private CardTerminals terminals;
    /** Reader name: whether a card lay on it at the last look. */
    private final Map<String, Boolean> cardOn = new HashMap<>();
    /** The reader whose card could not be read and lies on it still, and what the cashier was told; or null. */
    private String failedOn;
    private NfcReaderStatus failure;
    private NfcReaderStatus reported;
    /** The last unexpected failure logged. */
    private String unexpected;

    ReaderWatch(PcscService pcsc, Duration poll, CountDownLatch closing, Consumer<NfcTap> taps,
                Consumer<NfcReaderStatus> statuses) {
        this.pcsc = pcsc;
        this.poll = poll;
        this.closing = closing;
        this.taps = taps;
        this.statuses = statuses;
    }

    void run() {
        LOG.fine("NFC reader watch started");
        while (!closed()) {
            try {
                round();
            } catch (CardException e) {
                lost(e);
            } catch (RuntimeException e) {
                // a provider's bug must not end the watch: start over from the service, each poll; logged once, not
                // every second
                if (!String.valueOf(e).equals(unexpected)) {
                    unexpected = String.valueOf(e);
                    LOG.log(Level.WARNING, "NFC reader watch: unexpected failure, starting over", e);
                }
                terminals = null;
                pause();
            }
        }
        LOG.fine("NFC reader watch stopped");
    }

    /** @throws CardException when the service is gone as a whole */
    private void round() throws CardException {
        if (terminals == null && !connect()) {
            return;
        }
        List<CardTerminal> readers = readers();
        if (readers.isEmpty()) {
            cardOn.clear();
            clearFailure();
            report(NfcReaderStatus.noReader("No NFC reader is connected"));
            pause();
            return;
        }
        look(readers);
        if (closed()) {
            return;
        }
        report(failure != null ? failure : ready(readers));
        waitForChange();
    }

    private boolean connect() {
        try {
            terminals = pcsc.connect();
            return true;
        } catch (CardException e) {
            report(NfcReaderStatus.noReader("NFC cards cannot be read now: " + e.getMessage()));
            pause();
            return false;
        }
    }

    /** All readers; none is a list, not an error (pcsc-lite answers SCARD_E_NO_READERS_AVAILABLE). */
    private List<CardTerminal> readers() throws CardException {
        try {
            return terminals.list();
        } catch (CardException e) {
            if (PcscError.NO_READERS.equals(PcscError.code(e))) {
                return List.of();
            }
            throw e;
        }
    }

    private void look(List<CardTerminal> readers) throws CardException {
        Map<String, CardTerminal> byName = readers.stream()
                .collect(Collectors.toMap(CardTerminal::getName, reader -> reader, (a, b) -> a));
        cardOn.keySet().retainAll(byName.keySet());
        if (failedOn != null && !byName.containsKey(failedOn)) {
            clearFailure();
        }
        for (CardTerminal reader : byName.values()) {
            String name = reader.getName();
            boolean on = cardOn(reader);
            boolean was = cardOn.getOrDefault(name, false);
            cardOn.put(name, on);
            if (on && !was) {
                read(reader);
            } else if (!on && name.equals(failedOn)) {
                clearFailure();
            }
        }
    }

    /** Whether a card lies on the reader; false when the reader is going away (it is gone from the next list). */
    private static boolean cardOn(CardTerminal reader) throws CardException {
        try {
            return reader.isCardPresent();
        } catch (CardException e) {
            if (PcscError.serviceGone(e)) {
                throw e;
            }
            LOG.fine(() -> "NFC reader " + reader.getName() + " not answering" + PcscError.inBrackets(e));
            return false;
        }
    }

    private void read(CardTerminal reader) throws CardException {
        String name = reader.getName();
        try {
            NfcTap tap = new NfcTap(UidReader.read(reader), name);
            clearFailure();
            LOG.info(() -> "NFC card " + tap.masked() + " read on " + name);
            deliver(taps, tap);
        } catch (UidReader.Unreadable e) {
            failedOn = name;
            failure = NfcReaderStatus.cardError(e.getMessage());
            LOG.warning(() -> "NFC card on " + name + " not read: " + e.getMessage());
        }
    }

    private void waitForChange() throws CardException {
        try {
            terminals.waitForChange(poll.toMillis());
        } catch (CardException e) {
            if (PcscError.serviceGone(e)) {
                throw e;
            }
            // a reader unplugged during the wait: the next round's list tells; pause, or this could spin
            LOG.fine(() -> "NFC readers changed while waiting" + PcscError.inBrackets(e));
            pause();
        } catch (IllegalStateException noReaderLeft) {
            // the JDK's "No terminals available": the last reader went between the list and the wait; the next
            // round finds none and pauses
            LOG.fine("NFC readers: the last one went away");
        }
    }

    private void lost(CardException e) {
        LOG.log(Level.WARNING, "NFC readers: the PC/SC service went away" + PcscError.inBrackets(e));
        terminals = null;
        report(NfcReaderStatus.noReader("NFC cards cannot be read now: the card reader service (pcscd) stopped"
                + PcscError.inBrackets(e)));
        pause();
    }

    private static NfcReaderStatus ready(List<CardTerminal> readers) {
        String names = readers.stream().map(CardTerminal::getName).sorted().collect(Collectors.joining(", "));
        return NfcReaderStatus.ready(readers.size() == 1 ? "NFC reader ready: " + names
                : readers.size() + " NFC readers ready: " + names);
    }

    private void clearFailure() {
        failedOn = null;
        failure = null;
    }

    private void report(NfcReaderStatus status) {
        if (!status.equals(reported) && !closed()) {
            reported = status;
            LOG.info(() -> "NFC readers: " + status.kind() + ", " + status.message());
            deliver(statuses, status);
        }
    }

    private <T> void deliver(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "An NFC reader listener failed on " + value, e);
        }
    }

    /** Waits {@code poll}, or less when the reader is closed meanwhile. */
    private void pause() {
        try {
            closing.await(poll.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean closed() {
        return closing.getCount() == 0 || Thread.currentThread().isInterrupted();
    }
}
