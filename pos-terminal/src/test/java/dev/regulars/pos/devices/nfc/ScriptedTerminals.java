package dev.regulars.pos.devices.nfc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * A test double of the PC/SC service and its readers, scripted by the test: readers are plugged in and out, cards
 * presented and lifted ({@link ScriptedReader}), the service stopped and started. It behaves as the JDK's provider
 * does where the reader relies on it: failures are CardExceptions whose cause's message is the PC/SC code (the JDK
 * wraps a PCSCException so), waitForChange returns at once when something changed since the previous call and throws
 * IllegalStateException when there is no reader at all, and a stopped service fails every call with
 * SCARD_E_NO_SERVICE.
 */
final class ScriptedTerminals extends CardTerminals implements PcscService {

    private final Map<String, ScriptedReader> readers = new LinkedHashMap<>();
    private boolean serviceUp = true;
    private long changes;
    private long changesSeen;
    /** waitForChange calls that found nothing new and began to wait. */
    private long blockedWaits;
    /** Calls to connect(), to see the reader retries without spinning. */
    final AtomicInteger connects = new AtomicInteger();
    /** Calls to waitForChange(). */
    final AtomicInteger waits = new AtomicInteger();

    /** A PC/SC failure as the JDK reports it: the code is the message of the cause. */
    static CardException failure(String call, String code) {
        return new CardException(call + " failed", new Exception(code));
    }

    synchronized ScriptedReader plugIn(String name) {
        ScriptedReader reader = new ScriptedReader(name, this);
        readers.put(name, reader);
        changed();
        return reader;
    }

    synchronized void unplug(String name) {
        ScriptedReader reader = readers.remove(name);
        if (reader != null) {
            reader.unplugged();
        }
        changed();
    }

    synchronized void stopService() {
        serviceUp = false;
        changed();
    }

    synchronized void startService() {
        serviceUp = true;
        changed();
    }

    /**
     * Waits until the reader under test has seen every change made so far: it waits for the next one. A hand lifts a
     * card and taps again in no less than a tenth of a second, while the reader looks within microseconds of the
     * change; a test that does both at once would ask for more than a PC/SC reader can tell apart.
     */
    synchronized void awaitSettled() throws InterruptedException {
        long blocked = blockedWaits;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (blockedWaits == blocked) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("the NFC reader did not come back to waiting within 5 s");
            }
            wait(left);
        }
    }

    synchronized void changed() {
        changes++;
        notifyAll();
    }

    synchronized void checkService(String call) throws CardException {
        if (!serviceUp) {
            throw failure(call, "SCARD_E_NO_SERVICE");
        }
    }

    @Override
    public synchronized CardTerminals connect() throws CardException {
        connects.incrementAndGet();
        if (!serviceUp) {
            throw new CardException("SCARD_E_NO_SERVICE");
        }
        return this;
    }

    @Override
    public synchronized List<CardTerminal> list(State state) throws CardException {
        checkService("list()");
        List<CardTerminal> listed = new ArrayList<>();
        for (ScriptedReader reader : readers.values()) {
            boolean present = reader.isCardPresent();
            boolean wanted = switch (state) {
                case ALL -> true;
                case CARD_PRESENT, CARD_INSERTION -> present;
                case CARD_ABSENT, CARD_REMOVAL -> !present;
            };
            if (wanted) {
                listed.add(reader);
            }
        }
        return listed;
    }

    @Override
    public synchronized boolean waitForChange(long timeout) throws CardException {
        waits.incrementAndGet();
        checkService("waitForChange()");
        if (readers.isEmpty()) {
            throw new IllegalStateException("No terminals available"); // as the JDK's provider
        }
        long deadline = System.nanoTime() + timeout * 1_000_000;
        if (changes == changesSeen) {
            blockedWaits++;
            notifyAll();
        }
        while (changes == changesSeen && serviceUp) {
            long left = timeout == 0 ? 0 : (deadline - System.nanoTime()) / 1_000_000;
            if (timeout != 0 && left <= 0) {
                return false;
            }
            try {
                wait(timeout == 0 ? 0 : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        checkService("waitForChange()");
        changesSeen = changes;
        return true;
    }
}
