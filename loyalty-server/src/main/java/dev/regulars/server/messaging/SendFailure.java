package dev.regulars.server.messaging;

/**
 * A message could not be handed to its provider. Temporary failures (a server that does not answer, a 4xx of
 * SMTP, a 5xx or 429 of the SMS gateway) are tried again later; permanent ones (an address refused) are not.
 */
public class SendFailure extends Exception {

    private final boolean permanent;

    public SendFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
