package dev.regulars.pos.devices.nfc;

import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Reads a contactless card's UID with the PC/SC pseudo-APDU GET DATA (PC/SC Part 3 v2.02, 3.2.2.1.3): the reader
 * answers it itself, without sending anything to the card, for every ISO 14443 card (A and B) it has activated.
 * <pre>
 *   command   FF CA 00 00 00        CLA FF (reader), INS CA (GET DATA), P1 00 (UID; 01 would be the ATS's
 *                                   historical bytes), P2 00, Le 00 (all of it)
 *   response  UID SW1 SW2           UID 4, 7 or 10 bytes (ISO 14443-3 single, double, triple size), then
 *                                   90 00 success, 62 82 end of data before Le bytes, 6C XX wrong Le (XX the
 *                                   right one), 63 00 no information (the card did not answer), 6A 81 function
 *                                   not supported (P1 unknown, or the reader does not do GET DATA)
 * </pre>
 */
final class UidReader {

    /** GET DATA for the UID, exactly these 5 bytes: a short Le of 00 ("as many as there are"). */
    static final byte[] GET_UID = {(byte) 0xFF, (byte) 0xCA, 0x00, 0x00, 0x00};
    private static final int SW_OK = 0x9000;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The card could not be read; the message is for the cashier. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private UidReader() {
    }

    /**
     * Connects to the card on {@code reader} (any protocol: "*"), asks for its UID and leaves the card as it was.
     *
     * @return the UID as upper-case hexadecimal, "04A23F7C"
     * @throws Unreadable    when this card does not give its UID (taken away too soon, an error status word, a UID
     *                       of an odd length, the reader held by another program)
     * @throws CardException only when the PC/SC service as a whole is gone ({@link PcscError#serviceGone})
     */
    static String read(CardTerminal reader) throws Unreadable, CardException {
        Card card;
        try {
            card = reader.connect("*");
        } catch (CardNotPresentException e) {
            throw tooSoon(e);
        } catch (CardException e) {
            throw unreadable(e);
        }
        try {
            ResponseAPDU response = card.getBasicChannel().transmit(new CommandAPDU(GET_UID));
            return uid(response);
        } catch (CardException e) {
            throw unreadable(e);
        } finally {
            disconnect(card);
        }
    }

    private static String uid(ResponseAPDU response) throws Unreadable {
        if (response.getSW() != SW_OK) {
            throw new Unreadable("The card did not give its number (status " + String.format("%04X", response.getSW())
                    + (response.getSW() == 0x6A81 ? ": this reader does not read card numbers" : "")
                    + "): tap it again, or type the customer's phone", null);
        }
        byte[] uid = response.getData();
        if (uid.length != 4 && uid.length != 7 && uid.length != 10) {
            throw new Unreadable("The card gave a number of " + uid.length + " bytes, which no NFC card has: tap it"
                    + " again, or type the customer's phone", null);
        }
        return HEX.formatHex(uid);
    }

    /** What the cashier is told about a failed read; the service gone is not the card's fault and goes on up. */
    private static Unreadable unreadable(CardException e) throws CardException {
        if (PcscError.serviceGone(e)) {
            throw e;
        }
        return switch (PcscError.code(e)) {
            case "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_UNPOWERED_CARD", "SCARD_W_RESET_CARD" ->
                    tooSoon(e);
            case "SCARD_E_SHARING_VIOLATION" -> new Unreadable("Another program holds the NFC reader: close it,"
                    + " then tap the card again", e);
            default -> new Unreadable("The card could not be read" + PcscError.inBrackets(e)
                    + ": tap it again, or type the customer's phone", e);
        };
    }

    private static Unreadable tooSoon(CardException e) {
        return new Unreadable("The card was taken away before it was read: hold it on the reader a moment", e);
    }

    /** Leaves the card powered for the next reader of it; a card already gone has nothing left to close. */
    private static void disconnect(Card card) {
        try {
            card.disconnect(false);
        } catch (CardException | IllegalStateException gone) {
            // removed meanwhile, or disconnected already: the reader dropped the connection itself
        }
    }
}
