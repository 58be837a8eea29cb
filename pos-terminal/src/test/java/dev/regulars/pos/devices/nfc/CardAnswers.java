package dev.regulars.pos.devices.nfc;

import java.util.HexFormat;

/**
 * How a PC/SC Part 3 contactless reader answers for the card it holds, as the test cards ({@link ScriptedCard},
 * {@link VirtualNfcCard}) answer: GET DATA {@code FF CA 00 00 00} gives the UID and 90 00 (or only the status word
 * the test chose instead), GET DATA with another P1 6A 81 (function not supported), any other reader command
 * ({@code FF ..}) 6D 00 (instruction not supported) and any card command 6E 00 (class not supported: the test cards
 * have no application).
 */
final class CardAnswers {

    /** The ATR a PC/SC Part 3 reader makes up for a MIFARE Classic 1K card (PC/SC Part 3, 3.1.3.2.3). */
    static final byte[] MIFARE_ATR = HexFormat.of().parseHex("3B8F8001804F0CA000000306030001000000006A");

    private CardAnswers() {
    }

    /**
     * @param command    the command APDU's bytes
     * @param uid        the card's UID
     * @param statusWord what GET DATA for the UID ends with; only 0x9000 comes with the UID
     */
    static byte[] answer(byte[] command, byte[] uid, int statusWord) {
        boolean reader = command.length >= 4 && (command[0] & 0xFF) == 0xFF;
        if (!reader) {
            return new byte[] {0x6E, 0x00};
        }
        if ((command[1] & 0xFF) != 0xCA) {
            return new byte[] {0x6D, 0x00};
        }
        if (command[2] != 0x00) {
            return new byte[] {0x6A, (byte) 0x81};
        }
        if (statusWord != 0x9000) {
            return new byte[] {(byte) (statusWord >> 8), (byte) statusWord};
        }
        byte[] response = new byte[uid.length + 2];
        System.arraycopy(uid, 0, response, 0, uid.length);
        response[uid.length] = (byte) 0x90;
        return response;
    }
}
