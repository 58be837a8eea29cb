package dev.regulars.pos.devices.nfc;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/** A real {@link PcscService} whose readers count the reader's calls to waitForChange, to see it never spins. */
final class CountingPcsc implements PcscService {

    private final PcscService real;
    final AtomicInteger waits = new AtomicInteger();

    CountingPcsc(PcscService real) {
        this.real = real;
    }

    @Override
    public CardTerminals connect() throws CardException {
        CardTerminals terminals = real.connect();
        return new CardTerminals() {
            @Override
            public List<CardTerminal> list(State state) throws CardException {
                return terminals.list(state);
            }

            @Override
            public boolean waitForChange(long timeout) throws CardException {
                waits.incrementAndGet();
                return terminals.waitForChange(timeout);
            }
        };
    }
}
