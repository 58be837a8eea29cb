package dev.regulars.pos.journal;

/** The journal could not be read or written. The till must not print a receipt for a sale it could not store. */
public class JournalException extends RuntimeException {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
