package dev.regulars.server.messaging;

import dev.regulars.server.wallet.WalletChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Wallet messages: a PUSH message's recipient is the serial number of the customer's pass (campaigns address it so,
 * to customers a device registered the pass for). Its text becomes the pass's news, on the back of the card with a
 * change message, and every registered device gets a push (wallet's WalletChanges; the Wallet job sends them), so
 * the lock screen shows it. A pass that is gone (the customer's data was deleted) fails the message for good.
 */
@ApplicationScoped
public class WalletPushSender implements MessageSender {

    @Inject
    private WalletChanges wallet;

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public List<Sent> send(List<Prepared> messages) {
        List<Sent> out = new ArrayList<>(messages.size());
        for (Prepared m : messages) {
            String text = m.subject() == null || m.subject().isBlank() ? m.body() : m.subject() + "\n" + m.body();
            if (m.recipient() != null && wallet.news(m.recipient(), text)) {
                out.add(Sent.ok(m.id(), "pass:" + m.recipient()));
            } else {
                out.add(Sent.failed(m.id(), new SendFailure("the customer has no Wallet pass (any more)", true, null)));
            }
        }
        return out;
    }
}
