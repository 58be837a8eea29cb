package dev.regulars.pos.devices.nfc;

import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** The basic channel of a {@link ScriptedCard}: commands go to the card, which answers them. */
final class ScriptedChannel extends CardChannel {

    private final ScriptedCard card;

    ScriptedChannel(ScriptedCard card) {
        this.card = card;
    }

    @Override
    public Card getCard() {
        return card;
    }

    @Override
    public int getChannelNumber() {
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        return card.answer(command);
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        ResponseAPDU answer = card.answer(new CommandAPDU(command));
        response.put(answer.getBytes());
        return answer.getBytes().length;
    }

    @Override
    public void close() {
        throw new IllegalStateException("The basic channel cannot be closed"); // as CardChannel's contract says
    }
}
