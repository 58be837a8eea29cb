package dev.regulars.pos.devices.nfc;

import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/** A reader of {@link ScriptedTerminals}: the test presents a card on it and lifts it. */
final class ScriptedReader extends CardTerminal {

    private final String name;
    private final ScriptedTerminals service;
    private ScriptedCard card;
    private boolean pluggedIn = true;

    ScriptedReader(String name, ScriptedTerminals service) {
        this.name = name;
        this.service = service;
    }

    /** Lays a card with this UID (hexadecimal) on the reader; it answers GET DATA with the UID and 90 00. */
    ScriptedCard present(String uid) {
        return present(new ScriptedCard(HexFormat.of().parseHex(uid), 0x9000, false));
    }

    ScriptedCard present(ScriptedCard presented) {
        synchronized (service) {
            presented.layOn(this);
            card = presented;
            service.changed();
        }
        return presented;
    }

    void lift() {
        synchronized (service) {
            card = null; // a channel to it fails from now on: the card asks holds()
            service.changed();
        }
    }

    void unplugged() {
        synchronized (service) {
            pluggedIn = false;
            card = null;
        }
    }

    boolean holds(ScriptedCard presented) {
        synchronized (service) {
            return pluggedIn && card == presented;
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        synchronized (service) {
            service.checkService("connect()");
            if (!pluggedIn) {
                throw ScriptedTerminals.failure("connect()", "SCARD_E_UNKNOWN_READER");
            }
            if (card == null) {
                throw new CardNotPresentException("No card present");
            }
            card.connected(protocol);
            return card;
        }
    }

    @Override
    public boolean isCardPresent() throws CardException {
        synchronized (service) {
            service.checkService("isCardPresent()");
            if (!pluggedIn) {
                throw ScriptedTerminals.failure("isCardPresent()", "SCARD_E_UNKNOWN_READER");
            }
            return card != null;
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) {
        throw new UnsupportedOperationException("the NFC reader waits on CardTerminals.waitForChange");
    }

    @Override
    public boolean waitForCardAbsent(long timeout) {
        throw new UnsupportedOperationException("the NFC reader waits on CardTerminals.waitForChange");
    }

    @Override
    public String toString() {
        return "ScriptedReader[" + name + "]";
    }
}
