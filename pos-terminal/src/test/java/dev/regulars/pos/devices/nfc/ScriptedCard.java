package dev.regulars.pos.devices.nfc;

import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A contactless card on a {@link ScriptedReader}, as the reader presents it through PC/SC: it answers as
 * {@link CardAnswers} says, and records what it was sent and how it was connected and left.
 */
final class ScriptedCard extends Card {

    private final byte[] uid;
    private final int statusWord;
    private final boolean liftedWhileRead;
    private final List<byte[]> commands = new ArrayList<>();
    private final List<String> protocols = new ArrayList<>();
    private final List<Boolean> disconnects = new ArrayList<>();
    private ScriptedReader reader;

    /**
     * @param uid             what GET DATA answers before the status word
     * @param statusWord      SW1 SW2 of that answer, 0x9000 for success
     * @param liftedWhileRead the customer takes the card away as the reader sends GET DATA
     */
    ScriptedCard(byte[] uid, int statusWord, boolean liftedWhileRead) {
        this.uid = uid.clone();
        this.statusWord = statusWord;
        this.liftedWhileRead = liftedWhileRead;
    }

    void layOn(ScriptedReader on) {
        this.reader = on;
    }

    synchronized void connected(String protocol) {
        protocols.add(protocol);
    }

    synchronized List<byte[]> commands() {
        return List.copyOf(commands);
    }

    synchronized List<String> protocols() {
        return List.copyOf(protocols);
    }

    /** The reset flag of each disconnect. */
    synchronized List<Boolean> disconnects() {
        return List.copyOf(disconnects);
    }

    ResponseAPDU answer(CommandAPDU command) throws CardException {
        synchronized (this) {
            commands.add(command.getBytes());
        }
        if (liftedWhileRead) {
            reader.lift();
        }
        if (!reader.holds(this)) {
            throw ScriptedTerminals.failure("transmit()", "SCARD_W_REMOVED_CARD");
        }
        return new ResponseAPDU(CardAnswers.answer(command.getBytes(), uid, statusWord));
    }

    @Override
    public ATR getATR() {
        return new ATR(CardAnswers.MIFARE_ATR);
    }

    @Override
    public String getProtocol() {
        return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
        return new ScriptedChannel(this);
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        throw ScriptedTerminals.failure("openLogicalChannel()", "SCARD_E_UNSUPPORTED_FEATURE");
    }

    @Override
    public void beginExclusive() {
        // one reader of the double at a time anyway
    }

    @Override
    public void endExclusive() {
        // see beginExclusive
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        throw ScriptedTerminals.failure("transmitControlCommand()", "SCARD_E_UNSUPPORTED_FEATURE");
    }

    @Override
    public synchronized void disconnect(boolean reset) {
        disconnects.add(reset);
    }
}
