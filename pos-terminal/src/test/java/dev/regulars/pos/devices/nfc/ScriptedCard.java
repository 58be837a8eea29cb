package dev.regulars.pos.devices.nfc;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A contactless card on a {@link ScriptedReader}, as the reader presents it through PC/SC: GET DATA
 * {@code FF CA 00 00 00} gives the UID and the status word the test chose, any other command 6D 00 (instruction not
 * supported). It records what it was sent and how it was connected and left.
 */
final class ScriptedCard extends Card {

    /** The ATR a PC/SC Part 3 reader makes up for a MIFARE Classic 1K card. */
    static final byte[] MIFARE_ATR = HexFormat.of().parseHex("3B8F8001804F0CA000000306030001000000006A");

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
        byte[] bytes = command.getBytes();
        if (bytes.length == 5 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xCA && bytes[2] == 0) {
            byte[] response = new byte[uid.length + 2];
            System.arraycopy(uid, 0, response, 0, uid.length);
            response[uid.length] = (byte) (statusWord >> 8);
            response[uid.length + 1] = (byte) statusWord;
            return new ResponseAPDU(statusWord == 0x9000 ? response : new byte[] {response[uid.length],
                    response[uid.length + 1]});
        }
        return new ResponseAPDU(new byte[] {0x6D, 0x00});
    }

    @Override
    public ATR getATR() {
        return new ATR(MIFARE_ATR);
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
