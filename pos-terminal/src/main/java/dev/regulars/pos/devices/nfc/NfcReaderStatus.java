package dev.regulars.pos.devices.nfc;

/**
 * What the NFC readers are doing, for the cashier's status bar. Reported when it changes, never repeated.
 *
 * @param kind    what the screen may show as an icon or a colour
 * @param message the same in words for the cashier (English; a screen in another language words it from
 *                {@code kind} and keeps the message for the details)
 */
public record NfcReaderStatus(Kind kind, String message) {

    public enum Kind {
        /**
         * No card can be read now: no reader is plugged in, or the PC/SC service (pcscd) is not running. A state,
         * not a fault: the till looks again every second and reports READY when a reader appears.
         */
        NO_READER,
        /** At least one reader is there and waits for a card. */
        READY,
        /** The last card presented could not be read (taken away too soon, not answering); tap it again. */
        CARD_ERROR
    }

    static NfcReaderStatus noReader(String message) {
        return new NfcReaderStatus(Kind.NO_READER, message);
    }

    static NfcReaderStatus ready(String message) {
        return new NfcReaderStatus(Kind.READY, message);
    }

    static NfcReaderStatus cardError(String message) {
        return new NfcReaderStatus(Kind.CARD_ERROR, message);
    }
}
