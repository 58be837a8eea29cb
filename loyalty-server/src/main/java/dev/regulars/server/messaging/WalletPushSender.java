package dev.regulars.server.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Where Wallet pass updates will plug in (the Wallet issue): until then a PUSH message is not sent, and says so.
 */
@ApplicationScoped
public class WalletPushSender implements MessageSender {

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public List<Sent> send(List<Prepared> messages) {
        return messages.stream().map(m -> Sent.failed(m.id(), new SendFailure(
                "Wallet passes are not connected yet", true, null))).toList();
    }
}
