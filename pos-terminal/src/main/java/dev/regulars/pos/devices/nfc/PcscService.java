package dev.regulars.pos.devices.nfc;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;

/**
 * Where the PC/SC readers come from: the system's PC/SC service ({@link SystemPcsc}), or a test double of the
 * {@code javax.smartcardio} classes.
 */
@FunctionalInterface
public interface PcscService {

    /**
     * The readers, through a connection to the service made now. {@link NfcCardReader} asks again, after a pause,
     * whenever the readers it has fail as a whole (the service stopped or restarted), so a connection that has gone
     * stale must not be handed out again.
     *
     * @throws CardException when the service cannot be reached; its message or a cause's names the PC/SC error
     *                       (e.g. SCARD_E_NO_SERVICE when pcscd is not running)
     */
    CardTerminals connect() throws CardException;
}
