package dev.regulars.wallet.google;

/** Google's token endpoint or API could not be used; {@link #status()} is the HTTP status, 0 without an answer. */
public final class GoogleWalletException extends RuntimeException {

    private final int status;

    /** @param cause the network error, or {@code null} */
    public GoogleWalletException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
