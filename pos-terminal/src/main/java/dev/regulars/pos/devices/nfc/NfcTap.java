package dev.regulars.pos.devices.nfc;

import dev.regulars.core.sync.CardLink;

/**
 * One NFC card presented at the till.
 *
 * @param cardNumber the card's UID as {@link dev.regulars.core.identification.CardNumbers#normalize} writes it:
 *                   upper-case hexadecimal, 8 characters for a 4-byte UID (MIFARE Classic), 14 for a 7-byte one
 *                   (NTAG, Ultralight, DESFire)
 * @param reader     the PC/SC name of the reader it was read on, e.g. "ACS ACR122U PICC Interface 00 00"
 */
public record NfcTap(String cardNumber, String reader) {

    /** Characters of a card number that a log or a message may show (DESIGN, invariant 6). */
    private static final int SHOWN = 4;

    /** The card to link to a customer who enrolls with it (or to look the customer up by). */
    public CardLink cardLink() {
        return new CardLink(CardLink.Kind.NFC, cardNumber);
    }

    /** The number with all but its last 4 characters masked, "**********8090": what logs may hold. */
    public String masked() {
        return masked(cardNumber);
    }

    static String masked(String cardNumber) {
        int hidden = Math.max(0, cardNumber.length() - SHOWN);
        return "*".repeat(hidden) + cardNumber.substring(hidden);
    }

    /** Masked: a tap printed by accident (a log line, an exception) never shows the whole UID. */
    @Override
    public String toString() {
        return "NfcTap[" + masked() + " on " + reader + "]";
    }
}
