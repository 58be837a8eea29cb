package dev.regulars.pos.sync;

/**
 * The server could not be reached or refused a call. {@code status} is the HTTP status, or 0 when the server did
 * not answer at all (the till is offline: sales stay in the journal and go later).
 */
public class SyncException extends Exception {

    private final int status;
    private final String error;

    public SyncException(int status, String message, Throwable cause) {
        this(status, null, message, cause);
    }

    /**
     * @param error the machine-readable code of the server's refusal ({@code unknown_pairing_code}, docs/API.md),
     *              or null when the server gave none
     */
    public SyncException(int status, String error, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** The server's code for the refusal (docs/API.md), or null: lets the till say known refusals its own way. */
    public String error() {
        return error;
    }

    public boolean isOffline() {
        return status == 0;
    }
}
