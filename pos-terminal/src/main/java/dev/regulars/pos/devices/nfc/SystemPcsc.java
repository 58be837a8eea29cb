package dev.regulars.pos.devices.nfc;

import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The computer's PC/SC service through the JDK's own provider (SunPCSC over libpcsclite.so.1 on Linux, which talks to
 * pcscd). Each {@link #connect} asks for a new {@code TerminalFactory} rather than keeping
 * {@code TerminalFactory.getDefault()}: that one is decided once per process, and stays "None" for good when pcscd
 * was not up at that moment.
 * <p>
 * The JDK keeps a single PC/SC context for the whole process and never makes a new one (JDK 17 and 25 alike): after
 * pcscd was restarted (a package upgrade, a crash), every call answers SCARD_E_NO_SERVICE although pcscd is back.
 * When that happens this class clears the JDK's context so that the next factory establishes a fresh one. That
 * touches the provider's private fields and works only when the module lets it ({@code Add-Opens:
 * java.smartcardio/sun.security.smartcardio}: the till's jar manifest says so, tests pass {@code --add-opens});
 * otherwise the message asks for the till to be restarted. No maintained library does better: jnasmartcardio, which
 * makes a context per factory, has had no release on Maven Central since 2017.
 */
public final class SystemPcsc implements PcscService {

    private static final Logger LOG = Logger.getLogger(SystemPcsc.class.getName());

    @Override
    public CardTerminals connect() throws CardException {
        try {
            return established();
        } catch (StaleContext e) {
            if (!JdkContext.forget()) {
                throw new CardException("the card reader service (pcscd) was restarted and this till cannot"
                        + " reconnect to it: restart the till", e);
            }
            CardTerminals renewed = established();
            LOG.info("PC/SC context of this process renewed after the service had gone away");
            return renewed;
        }
    }

    /**
     * A new factory and its readers, checked by listing them once (which a stale context fails).
     *
     * @throws StaleContext when the JDK's context no longer reaches the service
     */
    private static CardTerminals established() throws CardException {
        TerminalFactory factory;
        try {
            factory = TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException e) {
            // the provider could not start: no pcscd (SCARD_E_NO_SERVICE in the causes) or no libpcsclite at all
            throw PcscError.serviceGone(e)
                    ? new CardException("the card reader service (pcscd) is not running" + PcscError.inBrackets(e), e)
                    : noLibrary(e);
        } catch (LinkageError e) {
            throw noLibrary(e); // a JDK without the java.smartcardio module's native part
        }
        CardTerminals terminals = factory.terminals();
        try {
            terminals.list();
        } catch (CardException e) {
            if (PcscError.serviceGone(e)) {
                throw new StaleContext("the card reader service (pcscd) does not answer" + PcscError.inBrackets(e), e);
            }
            if (!PcscError.NO_READERS.equals(PcscError.code(e))) {
                throw new CardException("the card reader service (pcscd) fails" + PcscError.inBrackets(e), e);
            }
        }
        return terminals;
    }

    private static CardException noLibrary(Throwable e) {
        return new CardException("this computer has no PC/SC library (Debian: apt-get install pcscd libpcsclite1)", e);
    }

    /** The JDK's context was made, but no longer reaches the service. */
    private static final class StaleContext extends CardException {
        private static final long serialVersionUID = 1L;

        StaleContext(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The JDK provider's process-wide context, see the class comment. */
    static final class JdkContext {

        private static final String TERMINALS = "sun.security.smartcardio.PCSCTerminals";
        private static volatile boolean warned;

        private JdkContext() {
        }

        /**
         * Forgets the context the JDK made, and the reader objects made with it, so that the next factory makes a
         * new one.
         *
         * @return false when there was none to forget or the module does not let this class at it
         */
        static boolean forget() {
            try {
                Class<?> terminals = Class.forName(TERMINALS);
                Field context = terminals.getDeclaredField("contextId");
                Field cache = terminals.getDeclaredField("terminals");
                context.setAccessible(true);
                cache.setAccessible(true);
                // the JDK sets the context and caches readers in static synchronized methods: the class is the lock
                synchronized (terminals) {
                    if (context.getLong(null) == 0) {
                        return false;
                    }
                    context.setLong(null, 0);
                    ((Map<?, ?>) cache.get(null)).clear();
                }
                return true;
            } catch (ReflectiveOperationException | RuntimeException notOpened) {
                if (!warned) {
                    warned = true;
                    LOG.log(Level.WARNING, "The PC/SC service went away and this process cannot renew the JDK's"
                            + " context (start it with --add-opens java.smartcardio/sun.security.smartcardio="
                            + "ALL-UNNAMED or from the till's jar): restart the till to read NFC cards again",
                            notOpened);
                }
                return false;
            }
        }
    }
}
