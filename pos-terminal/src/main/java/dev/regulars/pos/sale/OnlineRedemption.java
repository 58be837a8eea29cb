package dev.regulars.pos.sale;

import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.pos.sync.SyncClient;
import dev.regulars.pos.sync.SyncException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Points paying for a sale are taken on the server first when it answers: the customer's row is locked there, so
 * two tills can never spend the same points. When it does not answer the sale goes on offline, capped by the
 * cached balance; the server applies it when it arrives and flags an overdraft for a manager. Both use the sale's
 * id, so points taken online are never taken again when the sale syncs. May wait for the network: call it off the
 * UI thread.
 */
public final class OnlineRedemption {

    private static final Logger LOG = Logger.getLogger(OnlineRedemption.class.getName());

    /** What asking the server came to. */
    public sealed interface Outcome {
    }

    /** The server holds the points for this sale. */
    public record Taken(long balanceAfter) implements Outcome {
    }

    /** Nothing was asked (no points, or a customer the server does not know yet) or the server did not answer. */
    public record Offline() implements Outcome {
    }

    /** The server says no (the balance is short): the sale must not go on like this. */
    public record Refused(String message) implements Outcome {
    }

    private final SyncClient server;

    public OnlineRedemption(SyncClient server) {
        this.server = server;
    }

    public Outcome take(UUID saleId, CustomerAtTill customer, long points) {
        if (points <= 0 || customer.customerId() == null) {
            return new Offline();
        }
        try {
            return new Taken(server.takeRedemption(new RedemptionRequest(saleId, customer.customerId(), points))
                    .balanceAfter());
        } catch (SyncException e) {
            if (e.status() == 409) {
                return new Refused(e.getMessage());
            }
            // anything else (offline, a server error) must not keep the customer at the counter
            LOG.log(Level.INFO, "points not taken online, the sale goes on offline: {0}", e.getMessage());
            return new Offline();
        }
    }

    /** The sale was not completed after all: the points go back. If the server does not answer, a manager sees it. */
    public void giveBack(UUID saleId) {
        try {
            server.releaseRedemption(saleId);
        } catch (SyncException e) {
            LOG.log(Level.WARNING, "points held online for sale {0} could not be given back: {1}",
                    new Object[] {saleId, e.getMessage()});
        }
    }
}
