package dev.regulars.pos.sync;

/**
 * The server could not be reached or refused a call. {@code status} is the HTTP status, or 0 when the server did
 * not answer at all (the till is offline: sales stay in the journal and go later).
 */
public class SyncException extends Exception {

    private final int status;

    public SyncException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isOffline() {
        return status == 0;
    }
}
