package dev.regulars.pos.devices.nfc;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PC/SC error out of a {@code javax.smartcardio} exception. The API has no error codes: the JDK's provider
 * wraps an internal PCSCException whose message is the code's name ("SCARD_E_NO_SERVICE"), other providers put the
 * name into their messages, so the name is looked for in the messages of the exception and its causes. The names
 * and their meanings are pcsc-lite's (pcsclite.h), which are Windows' WinSCard ones.
 */
final class PcscError {

    private static final Pattern CODE = Pattern.compile("SCARD_[EFW]_[A-Z_]+");

    /**
     * The service cannot be reached through this connection at all, whichever reader: pcscd is not running
     * (NO_SERVICE), was stopped or restarted (SERVICE_STOPPED; a restarted pcscd no longer knows the context:
     * INVALID_HANDLE), or the socket to it broke (F_COMM_ERROR). The connection has to be made anew.
     */
    private static final Set<String> SERVICE_GONE = Set.of("SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED",
            "SCARD_E_INVALID_HANDLE", "SCARD_F_COMM_ERROR");

    static final String NO_READERS = "SCARD_E_NO_READERS_AVAILABLE";

    private PcscError() {
    }

    /** The PC/SC error named by {@code e} or its causes, e.g. "SCARD_E_NO_SERVICE"; "" when none is named. */
    static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher named = CODE.matcher(t.getMessage());
                if (named.find()) {
                    return named.group();
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "";
    }

    /** Whether the connection to the PC/SC service is gone as a whole (see {@link #SERVICE_GONE}). */
    static boolean serviceGone(Throwable e) {
        return SERVICE_GONE.contains(code(e));
    }

    /** " (SCARD_E_NO_SERVICE)", or "" when no code is named: to follow a sentence for the cashier. */
    static String inBrackets(Throwable e) {
        String code = code(e);
        return code.isEmpty() ? "" : " (" + code + ")";
    }
}
